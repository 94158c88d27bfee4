package org.linli.volunteer.recognition.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Records of one kind in the transaction's tenant; add and read only, never update or delete. */
public interface RecognitionRecordRepository<R extends RecognitionRecord> {
  Optional<R> find(String id);

  /** The record that corrects {@code id}, if any. */
  Optional<R> correctionOf(String id);

  void add(R record);

  /** A volunteer's records, newest first (then id), strictly after the position. */
  List<R> ofVolunteer(String volunteerId, LocalDate afterDate, String afterId, int limit);

  /** Those of {@code ids} that a later record corrects (superseded, kept as history). */
  Set<String> correctedAmong(Collection<String> ids);
}
