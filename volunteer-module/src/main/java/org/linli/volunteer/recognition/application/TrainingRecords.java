package org.linli.volunteer.recognition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.volunteer.recognition.domain.RecognitionRecord;
import org.linli.volunteer.recognition.domain.RecognitionRecordRepository;
import org.linli.volunteer.recognition.domain.TrainingRecord;
import org.linli.volunteer.recognition.domain.TrainingRecordRepository;

/** Training records of a volunteer (Art. 8): recorded by staff, corrected by new records. */
@ApplicationScoped
@Transactional
@TenantScoped
public class TrainingRecords extends RecognitionRecords<TrainingRecord, TrainingRecord.Facts> {
  @Inject TrainingRecordRepository trainings;

  public TrainingRecords() {
    super(
        new Kind(
            "TRAINING_RECORDED",
            "training_record",
            "TRAINING_NOT_FOUND",
            "TRAINING_ALREADY_CORRECTED"));
  }

  @Override
  protected RecognitionRecordRepository<TrainingRecord> repository() {
    return trainings;
  }

  @Override
  protected TrainingRecord create(
      String id,
      RecognitionRecord.Origin origin,
      TrainingRecord.Facts facts,
      String by,
      Instant now) {
    return TrainingRecord.record(id, origin, facts, by, now);
  }

  @Override
  protected void describe(TrainingRecord record, JsonObjectBuilder auditEntry) {
    auditEntry.add("minutes", record.minutes());
  }
}
