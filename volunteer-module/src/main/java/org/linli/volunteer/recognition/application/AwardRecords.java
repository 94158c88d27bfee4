package org.linli.volunteer.recognition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.volunteer.recognition.domain.AwardRecord;
import org.linli.volunteer.recognition.domain.AwardRecordRepository;
import org.linli.volunteer.recognition.domain.RecognitionRecord;
import org.linli.volunteer.recognition.domain.RecognitionRecordRepository;

/** Award and commendation records of a volunteer (Art. 9): recorded by staff, never edited. */
@ApplicationScoped
@Transactional
@TenantScoped
public class AwardRecords extends RecognitionRecords<AwardRecord, AwardRecord.Facts> {
  @Inject AwardRecordRepository awards;

  public AwardRecords() {
    super(new Kind("AWARD_RECORDED", "award_record", "AWARD_NOT_FOUND", "AWARD_ALREADY_CORRECTED"));
  }

  @Override
  protected RecognitionRecordRepository<AwardRecord> repository() {
    return awards;
  }

  @Override
  protected AwardRecord create(
      String id, RecognitionRecord.Origin origin, AwardRecord.Facts facts, String by, Instant now) {
    return AwardRecord.record(id, origin, facts, by, now);
  }

  @Override
  protected void describe(AwardRecord record, JsonObjectBuilder auditEntry) {
    auditEntry.add("level", record.level().name());
  }
}
