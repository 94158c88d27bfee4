package org.linli.fund.purchase.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A resident assigned to a contract: the minimal fields each side holds (the provider's copy). */
public record ContractResident(
    String contractId,
    String residentId,
    String name,
    String idMasked,
    String address,
    Resident.GeoPoint location,
    EligibilityCategory category,
    String level,
    LocalDate eligibleFrom,
    LocalDate eligibleTo,
    ResidentStatus status,
    LocalDate statusOn,
    Instant assignedAt) {}
