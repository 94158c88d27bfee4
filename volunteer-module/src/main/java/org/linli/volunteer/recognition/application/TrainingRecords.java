package org.linli.volunteer.recognition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.volunteer.recognition.domain.TrainingRecord;
import org.linli.volunteer.recognition.domain.TrainingRecordRepository;
import org.linli.volunteer.registration.application.VolunteerRegistry;
import org.linli.volunteer.registration.domain.Volunteer;

/** Training records of a volunteer (Art. 8): recorded by staff, corrected by new records. */
@ApplicationScoped
@Transactional
@TenantScoped
public class TrainingRecords {
  @Inject TrainingRecordRepository trainings;
  @Inject VolunteerRegistry volunteers;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;

  /** {@code correction} null: a first record; otherwise it replaces an earlier one. */
  public TrainingRecord record(
      String volunteerId, TrainingRecord.Facts facts, Correction correction) {
    Volunteer volunteer = volunteers.get(volunteerId);
    String correctsId = correction == null ? null : correction.recordId();
    if (correctsId != null) {
      requireCorrectable(volunteer, correctsId);
    }
    TrainingRecord record =
        TrainingRecord.record(
            UUID.randomUUID().toString(),
            new TrainingRecord.Origin(
                volunteer.id(),
                volunteer.personId(),
                correctsId,
                correction == null ? null : correction.reason()),
            facts,
            requestContext.actor(),
            Instant.now());
    try {
      trainings.add(record);
    } catch (PersistenceException e) {
      // Two corrections of one record raced; UNIQUE (tenant_id, corrects_id) let only one in.
      if (correctsId == null) {
        throw e;
      }
      throw alreadyCorrected();
    }
    auditLog.record(
        "TRAINING_RECORDED",
        "training_record",
        record.id(),
        null,
        Json.createObjectBuilder()
            .add("volunteerId", volunteer.id())
            .add("minutes", record.minutes())
            .add("corrects", correctsId == null ? "" : correctsId)
            .build()
            .toString());
    return record;
  }

  public Page<TrainingRecord> of(String volunteerId, PageRequest page) {
    var after = page.afterDateAndId();
    return page.page(
        trainings.ofVolunteer(
            volunteers.get(volunteerId).id(),
            after == null ? null : after.value(),
            after == null ? null : after.id(),
            page.limit() + 1),
        r -> PageRequest.key(r.trainingDate(), r.id()));
  }

  /** The ids among {@code records} that a later record corrects. */
  public Set<String> superseded(List<TrainingRecord> records) {
    return trainings.correctedAmong(records.stream().map(TrainingRecord::id).toList());
  }

  private void requireCorrectable(Volunteer volunteer, String correctsId) {
    trainings
        .find(correctsId)
        .filter(t -> t.volunteerId().equals(volunteer.id()))
        .orElseThrow(() -> DomainException.notFound("TRAINING_NOT_FOUND"));
    if (trainings.correctionOf(correctsId).isPresent()) {
      throw alreadyCorrected();
    }
  }

  private static DomainException alreadyCorrected() {
    return DomainException.conflict("TRAINING_ALREADY_CORRECTED");
  }
}
