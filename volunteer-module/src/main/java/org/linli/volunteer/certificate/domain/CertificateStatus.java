package org.linli.volunteer.certificate.domain;

public enum CertificateStatus {
  VALID,
  REVOKED
}
