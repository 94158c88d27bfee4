package org.linli.volunteer.recognition.domain;

/** Training records of the transaction's tenant. */
public interface TrainingRecordRepository extends RecognitionRecordRepository<TrainingRecord> {}
