package org.linli.volunteer.record.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Service records of the transaction's tenant. */
public interface ServiceRecordRepository {
  Optional<ServiceRecord> find(String id);

  void add(ServiceRecord record);

  /** The record made from a service order, if any (at most one per order). */
  Optional<ServiceRecord> findByServiceOrder(String orderId);

  /** What staff narrow the record list by; a null field does not narrow it. */
  record Filter(
      RecordStatus status, String volunteerId, String activityId, LocalDate from, LocalDate to) {}

  /** Records matching {@code filter}, ordered by id, strictly after {@code afterId}. */
  List<ServiceRecord> list(Filter filter, String afterId, int limit);

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
