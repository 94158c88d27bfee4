package org.linli.volunteer.domain.training;

import java.util.List;
import java.util.Optional;

/** Training records of the transaction's tenant; add and read only, never update or delete. */
public interface TrainingRecordRepository {
  Optional<TrainingRecord> find(String id);

  /** The record that corrects {@code id}, if any. */
  Optional<TrainingRecord> correctionOf(String id);

  void add(TrainingRecord record);

  /** A volunteer's records, newest training first. */
  List<TrainingRecord> ofVolunteer(String volunteerId);
}
