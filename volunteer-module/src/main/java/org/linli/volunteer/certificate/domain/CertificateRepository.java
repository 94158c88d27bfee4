package org.linli.volunteer.certificate.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Certificates of the transaction's tenant. */
public interface CertificateRepository {
  Optional<Certificate> find(String id);

  Optional<Certificate> findByNumber(String certificateNo);

  /** A volunteer's certificates, newest first (then id), strictly after the position. */
  List<Certificate> ofVolunteer(String volunteerId, Instant afterIssued, String afterId, int limit);

  void add(Certificate certificate);

  /** The next certificate number of this tenant for the year, e.g. {@code ZM-2026-000042}. */
  String nextCertificateNo(int year);
}
