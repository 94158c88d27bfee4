package org.linli.integration.outbox.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;
import org.linli.integration.outbox.infrastructure.OutboxStore;
import org.linli.tenant.domain.org.Organization;
import org.linli.tenant.domain.org.OrganizationRepository;
import org.linli.tenant.domain.person.Person;
import org.linli.tenant.domain.person.PersonRepository;
import org.linli.volunteer.activity.domain.Activity;
import org.linli.volunteer.activity.domain.ActivityRepository;
import org.linli.volunteer.record.application.ServiceHoursApproved;
import org.linli.volunteer.registration.domain.Volunteer;
import org.linli.volunteer.registration.domain.VolunteerRepository;

/**
 * Writes an outbox event for every approved service record, synchronously inside the approving
 * transaction (a plain CDI observer): the approval and its event commit or roll back together. The
 * volunteer module knows nothing of this. The payload holds the MZ/T 061 data elements except the
 * full ID number, which is stored only encrypted (with the person) and read when the event is sent.
 */
@ApplicationScoped
public class ServiceRecordOutbox {
  @Inject OutboxStore outbox;
  @Inject VolunteerRepository volunteers;
  @Inject PersonRepository people;
  @Inject ActivityRepository activities;
  @Inject OrganizationRepository organizations;
  @Inject FlowEndpoints endpoints;

  void onApproved(@Observes ServiceHoursApproved approved) {
    if (!endpoints.enabled(Flows.MZT061_SERVICE_RECORD)) {
      return; // switched off by the organization: nothing recorded
    }
    Volunteer volunteer = volunteers.find(approved.volunteerId()).orElseThrow();
    Person person = people.find(approved.personId()).orElseThrow();
    Organization org = organizations.find(approved.tenantId()).orElseThrow();
    JsonObjectBuilder payload =
        Json.createObjectBuilder()
            .add("recordId", approved.recordId())
            .add("volunteerId", volunteer.id())
            .add("volunteerNo", volunteer.volunteerNo() == null ? "" : volunteer.volunteerNo())
            .add("personId", person.id())
            .add("name", volunteer.name())
            .add("idType", person.idType() == null ? "" : person.idType())
            .add("idNumberMasked", person.idNumberMasked() == null ? "" : person.idNumberMasked())
            .add("orgCode", org.id())
            .add("orgName", org.name())
            .add("orgCreditCode", org.creditCode() == null ? "" : org.creditCode())
            .add("serviceDate", approved.serviceDate().toString())
            .add("minutes", approved.minutes())
            .add(
                "hours",
                BigDecimal.valueOf(approved.minutes())
                    .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                    .toPlainString())
            .add("source", approved.source() == null ? "" : approved.source());
    payload.add("location", approved.location() == null ? "" : approved.location());
    payload.add("content", approved.content() == null ? "" : approved.content());
    if (approved.correctsId() != null) {
      payload.add("correctsRecordId", approved.correctsId());
    }
    String activityName = approved.activityName();
    if (approved.activityId() != null) {
      payload.add("activityId", approved.activityId());
      if (activityName == null) {
        activityName = activities.find(approved.activityId()).map(Activity::title).orElse(null);
      }
    }
    payload.add("activityName", activityName == null ? "" : activityName);
    outbox.append(
        UUID.randomUUID().toString(),
        Flows.MZT061_SERVICE_RECORD,
        volunteer.id(),
        payload.build().toString(),
        Instant.now());
  }
}
