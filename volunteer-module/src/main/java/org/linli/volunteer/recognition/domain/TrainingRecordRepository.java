package org.linli.volunteer.recognition.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Training records of the transaction's tenant; add and read only, never update or delete. */
public interface TrainingRecordRepository {
  Optional<TrainingRecord> find(String id);

  /** The record that corrects {@code id}, if any. */
  Optional<TrainingRecord> correctionOf(String id);

  void add(TrainingRecord record);

  /** A volunteer's records, newest first (then id), strictly after the position. */
  List<TrainingRecord> ofVolunteer(
      String volunteerId, LocalDate afterDate, String afterId, int limit);

  /** Those of {@code ids} that a later record corrects (superseded, kept as history). */
  Set<String> correctedAmong(Collection<String> ids);
}
