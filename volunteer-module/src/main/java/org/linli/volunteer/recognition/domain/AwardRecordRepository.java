package org.linli.volunteer.recognition.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Award records of the transaction's tenant; add and read only, never update or delete. */
public interface AwardRecordRepository {
  Optional<AwardRecord> find(String id);

  /** The record that corrects {@code id}, if any. */
  Optional<AwardRecord> correctionOf(String id);

  void add(AwardRecord record);

  /** A volunteer's records, newest first (then id), strictly after the position. */
  List<AwardRecord> ofVolunteer(String volunteerId, LocalDate afterDate, String afterId, int limit);

  /** Those of {@code ids} that a later record corrects (superseded, kept as history). */
  Set<String> correctedAmong(Collection<String> ids);
}
