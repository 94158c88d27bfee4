package org.linli.volunteer.recognition.domain;

/** Award records of the transaction's tenant. */
public interface AwardRecordRepository extends RecognitionRecordRepository<AwardRecord> {}
