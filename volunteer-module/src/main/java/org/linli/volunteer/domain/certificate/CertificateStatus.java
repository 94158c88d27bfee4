package org.linli.volunteer.domain.certificate;

public enum CertificateStatus {
  VALID,
  REVOKED
}
