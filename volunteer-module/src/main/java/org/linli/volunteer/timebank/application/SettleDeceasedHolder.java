package org.linli.volunteer.timebank.application;

import java.time.LocalDate;

/** Settles a deceased volunteer's time accounts; {@code heirVolunteerId} optional. */
public record SettleDeceasedHolder(
    String volunteerId, LocalDate dateOfDeath, String evidence, String heirVolunteerId) {}
