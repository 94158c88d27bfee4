package org.linli.volunteer.domain.award;

import java.util.List;
import java.util.Optional;

/** Award records of the transaction's tenant; add and read only, never update or delete. */
public interface AwardRecordRepository {
  Optional<AwardRecord> find(String id);

  /** The record that corrects {@code id}, if any. */
  Optional<AwardRecord> correctionOf(String id);

  void add(AwardRecord record);

  /** A volunteer's records, newest award first. */
  List<AwardRecord> ofVolunteer(String volunteerId);
}
