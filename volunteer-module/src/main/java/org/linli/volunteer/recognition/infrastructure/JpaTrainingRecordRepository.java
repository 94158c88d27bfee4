package org.linli.volunteer.recognition.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.linli.volunteer.recognition.domain.TrainingRecord;
import org.linli.volunteer.recognition.domain.TrainingRecordRepository;

@ApplicationScoped
public class JpaTrainingRecordRepository extends JpaRecognitionRecordRepository<TrainingRecord>
    implements TrainingRecordRepository {
  public JpaTrainingRecordRepository() {
    super(TrainingRecord.class, "trainingDate");
  }
}
