package org.linli.volunteer.recognition.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.linli.volunteer.recognition.domain.AwardRecord;
import org.linli.volunteer.recognition.domain.AwardRecordRepository;

@ApplicationScoped
public class JpaAwardRecordRepository extends JpaRecognitionRecordRepository<AwardRecord>
    implements AwardRecordRepository {
  public JpaAwardRecordRepository() {
    super(AwardRecord.class, "awardDate");
  }
}
