package org.linli.fund.compliance.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The organization's compliance profile and disclosure records. */
public interface ComplianceRepository {
  Optional<ComplianceProfile> profile();

  /** Inserts the next profile version; false when it exists (a concurrent edit won). */
  boolean addProfile(ComplianceProfile profile);

  /** A registered disclosure (major transactions) or a done marker for a derived one. */
  record DisclosureRecord(
      String key,
      DisclosureKind kind,
      String title,
      java.time.LocalDate arose,
      java.time.LocalDate disclosedOn,
      String reference,
      String by,
      Instant at) {}

  List<DisclosureRecord> disclosures();

  /** Inserts a record; false when one with the key exists. */
  boolean addDisclosure(DisclosureRecord record);

  /** Marks a record disclosed; false when it was already. */
  boolean markDisclosed(
      String key, java.time.LocalDate on, String reference, String by, Instant at);
}
