package org.linli.volunteer.export.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.tenant.domain.person.Person;
import org.linli.tenant.domain.person.PersonRepository;
import org.linli.volunteer.record.domain.ServiceRecord;
import org.linli.volunteer.record.domain.ServiceRecordRepository;
import org.linli.volunteer.record.domain.ServiceRecordRepository.DateKey;
import org.linli.volunteer.registration.domain.Volunteer;
import org.linli.volunteer.registration.domain.VolunteerRepository;

/**
 * Staff exports of volunteers and service records. Each page is its own short transaction in keyset
 * order, so an export of any size streams with bounded memory and never holds a long transaction.
 * Personal numbers leave only in their stored masked form: nothing here can decrypt.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class StaffExports {
  @Inject VolunteerRepository volunteers;
  @Inject PersonRepository people;
  @Inject ServiceRecordRepository records;
  @Inject AuditLog auditLog;

  @Inject
  @ConfigProperty(name = "linli.exports.page-size", defaultValue = "500")
  int pageSize;

  /** One page of items and the key to continue after; {@code nextKey} null on the last page. */
  public record Chunk<T, K>(List<T> items, K nextKey) {}

  /** A volunteer with the masked numbers of their person and their approved minutes here. */
  public record VolunteerLine(
      Volunteer volunteer, String idNumberMasked, String phoneMasked, long approvedMinutes) {}

  /** A service record with the 志愿者编号 and name of its volunteer. */
  public record RecordLine(ServiceRecord record, String volunteerNo, String volunteerName) {}

  /** Inclusive service-date bounds; either may be null (open). */
  public record DateRange(LocalDate from, LocalDate to) {}

  /** Audits an export before it starts: it moves personal data out of the platform. */
  public void auditVolunteerExport(String format) {
    audit("volunteers", format, Json.createObjectBuilder());
  }

  /** Validates the range, then audits the export before it starts. */
  public void auditRecordExport(String format, DateRange range) {
    if (range.from() != null && range.to() != null && range.from().isAfter(range.to())) {
      throw DomainException.invalidField("to", "INVALID_DATE_RANGE");
    }
    JsonObjectBuilder filters = Json.createObjectBuilder();
    if (range.from() != null) {
      filters.add("from", range.from().toString());
    }
    if (range.to() != null) {
      filters.add("to", range.to().toString());
    }
    audit("service-records", format, filters);
  }

  /** Volunteers ordered by 志愿者编号, after {@code afterNo} (null: from the start). */
  public Chunk<VolunteerLine, String> volunteers(String afterNo) {
    List<Volunteer> page = volunteers.listByNumber(afterNo, pageSize + 1);
    List<Volunteer> items = page.subList(0, Math.min(page.size(), pageSize));
    Map<String, Person> persons =
        byId(people.findAll(items.stream().map(Volunteer::personId).toList()), Person::id);
    Map<String, Long> minutes =
        records.approvedMinutesByVolunteer(items.stream().map(Volunteer::id).toList());
    List<VolunteerLine> lines =
        items.stream()
            .map(
                v -> {
                  Person p = persons.get(v.personId());
                  return new VolunteerLine(
                      v, p.idNumberMasked(), p.phoneMasked(), minutes.getOrDefault(v.id(), 0L));
                })
            .toList();
    String next = page.size() > pageSize ? items.get(items.size() - 1).volunteerNo() : null;
    return new Chunk<>(lines, next);
  }

  /** Service records in the range ordered by service date and id, after {@code after}. */
  public Chunk<RecordLine, DateKey> records(DateRange range, DateKey after) {
    List<ServiceRecord> page =
        records.listByServiceDate(range.from(), range.to(), after, pageSize + 1);
    List<ServiceRecord> items = page.subList(0, Math.min(page.size(), pageSize));
    Map<String, Volunteer> byVolunteer =
        byId(
            volunteers.findAll(items.stream().map(ServiceRecord::volunteerId).distinct().toList()),
            Volunteer::id);
    List<RecordLine> lines =
        items.stream()
            .map(
                r -> {
                  Volunteer v = byVolunteer.get(r.volunteerId());
                  return new RecordLine(r, v.volunteerNo(), v.name());
                })
            .toList();
    DateKey next = page.size() > pageSize ? DateKey.of(items.get(items.size() - 1)) : null;
    return new Chunk<>(lines, next);
  }

  private void audit(String export, String format, JsonObjectBuilder filters) {
    auditLog.record(
        "EXPORT",
        "export",
        export,
        null,
        filters.add("export", export).add("format", format).build().toString());
  }

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    return items.stream().collect(Collectors.toMap(id, Function.identity()));
  }
}
