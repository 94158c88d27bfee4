package org.linli.volunteer.domain.record;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Service records of the transaction's tenant. */
public interface ServiceRecordRepository {
  Optional<ServiceRecord> find(String id);

  void add(ServiceRecord record);

  List<ServiceRecord> list(RecordStatus status, String volunteerId, String afterId, int limit);

  /** Pending records of service on or before {@code serviceDateOnOrBefore}. */
  List<ServiceRecord> pendingServedOnOrBefore(LocalDate serviceDateOnOrBefore);

  long approvedMinutesOf(String volunteerId);
}
