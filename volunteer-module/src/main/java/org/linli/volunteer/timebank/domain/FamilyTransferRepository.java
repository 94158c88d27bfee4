package org.linli.volunteer.timebank.domain;

import java.time.LocalDate;
import java.util.List;

/** Transfers to family of the transaction's organization. */
public interface FamilyTransferRepository {
  void add(FamilyTransfer transfer);

  /** Minutes the volunteer transferred with effective dates from {@code from} to {@code to}. */
  long minutesBetween(String volunteerId, LocalDate from, LocalDate to);

  /** Transfers after {@code afterId} by id, optionally of one volunteer only. */
  List<FamilyTransfer> list(String volunteerId, String afterId, int limit);
}
