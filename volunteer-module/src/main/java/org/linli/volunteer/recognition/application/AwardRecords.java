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
import org.linli.volunteer.recognition.domain.AwardRecord;
import org.linli.volunteer.recognition.domain.AwardRecordRepository;
import org.linli.volunteer.registration.application.VolunteerRegistry;
import org.linli.volunteer.registration.domain.Volunteer;

/** Award and commendation records of a volunteer (Art. 9): recorded by staff, never edited. */
@ApplicationScoped
@Transactional
@TenantScoped
public class AwardRecords {
  @Inject AwardRecordRepository awards;
  @Inject VolunteerRegistry volunteers;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;

  /** {@code correction} null: a first record; otherwise it replaces an earlier one. */
  public AwardRecord record(String volunteerId, AwardRecord.Facts facts, Correction correction) {
    Volunteer volunteer = volunteers.get(volunteerId);
    String correctsId = correction == null ? null : correction.recordId();
    if (correctsId != null) {
      requireCorrectable(volunteer, correctsId);
    }
    AwardRecord record =
        AwardRecord.record(
            UUID.randomUUID().toString(),
            new AwardRecord.Origin(
                volunteer.id(),
                volunteer.personId(),
                correctsId,
                correction == null ? null : correction.reason()),
            facts,
            requestContext.actor(),
            Instant.now());
    try {
      awards.add(record);
    } catch (PersistenceException e) {
      // Two corrections of one record raced; UNIQUE (tenant_id, corrects_id) let only one in.
      if (correctsId == null) {
        throw e;
      }
      throw alreadyCorrected();
    }
    auditLog.record(
        "AWARD_RECORDED",
        "award_record",
        record.id(),
        null,
        Json.createObjectBuilder()
            .add("volunteerId", volunteer.id())
            .add("level", record.level().name())
            .add("corrects", correctsId == null ? "" : correctsId)
            .build()
            .toString());
    return record;
  }

  public Page<AwardRecord> of(String volunteerId, PageRequest page) {
    var after = page.afterDateAndId();
    return page.page(
        awards.ofVolunteer(
            volunteers.get(volunteerId).id(),
            after == null ? null : after.value(),
            after == null ? null : after.id(),
            page.limit() + 1),
        r -> PageRequest.key(r.awardDate(), r.id()));
  }

  /** The ids among {@code records} that a later record corrects. */
  public Set<String> superseded(List<AwardRecord> records) {
    return awards.correctedAmong(records.stream().map(AwardRecord::id).toList());
  }

  private void requireCorrectable(Volunteer volunteer, String correctsId) {
    awards
        .find(correctsId)
        .filter(a -> a.volunteerId().equals(volunteer.id()))
        .orElseThrow(() -> DomainException.notFound("AWARD_NOT_FOUND"));
    if (awards.correctionOf(correctsId).isPresent()) {
      throw alreadyCorrected();
    }
  }

  private static DomainException alreadyCorrected() {
    return DomainException.conflict("AWARD_ALREADY_CORRECTED");
  }
}
