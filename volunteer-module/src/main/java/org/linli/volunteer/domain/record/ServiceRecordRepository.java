package org.linli.volunteer.domain.record;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Service records of the transaction's tenant. */
public interface ServiceRecordRepository {
  Optional<ServiceRecord> find(String id);

  void add(ServiceRecord record);

  List<ServiceRecord> list(RecordStatus status, String volunteerId, String afterId, int limit);

  /** Pending records of service on or before {@code serviceDateOnOrBefore}. */
  List<ServiceRecord> pendingServedOnOrBefore(
      LocalDate serviceDateOnOrBefore, LocalDate afterDate, String afterId, int limit);

  long approvedMinutesOf(String volunteerId);

  /** Approved minutes per volunteer id; volunteers without approved records are absent. */
  Map<String, Long> approvedMinutesByVolunteer(Collection<String> volunteerIds);

  /** The keyset position of a record in service-date order. */
  record DateKey(LocalDate serviceDate, String id) {
    public static DateKey of(ServiceRecord record) {
      return new DateKey(record.serviceDate(), record.id());
    }
  }

  /**
   * Records served within [from, to] (either bound may be null), ordered by service date and id,
   * strictly after {@code after} (null: from the start).
   */
  List<ServiceRecord> listByServiceDate(LocalDate from, LocalDate to, DateKey after, int limit);

  /**
   * A volunteer's approved records served in [from, to], in service order, at most {@code limit}.
   */
  List<ServiceRecord> approvedBetween(String volunteerId, LocalDate from, LocalDate to, int limit);
}
