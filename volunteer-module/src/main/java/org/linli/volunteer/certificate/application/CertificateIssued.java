package org.linli.volunteer.certificate.application;

import java.time.LocalDate;

/**
 * Published (CDI event, inside the issuing transaction) when a service certificate is issued: the
 * integration outbox observes it to report the certificate to the 全国志愿服务信息系统. Holds what the
 * certificate attests, with the ID number only masked (as signed).
 */
public record CertificateIssued(
    String tenantId,
    String certificateId,
    String certificateNo,
    String volunteerId,
    String volunteerName,
    String volunteerNo,
    String idNumberMasked,
    String issuerName,
    String issuerCreditCode,
    LocalDate issueDate,
    LocalDate periodFrom,
    LocalDate periodTo,
    String purpose,
    long totalMinutes,
    int serviceCount,
    String digest) {}
