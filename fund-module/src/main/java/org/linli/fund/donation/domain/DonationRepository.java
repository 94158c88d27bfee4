package org.linli.fund.donation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Donors and donations of the current organization. */
public interface DonationRepository {
  void addDonor(Donor donor);

  Optional<Donor> findDonor(String id);

  boolean creditCodeTaken(String creditCode);

  List<Donor> donors(Donor.Kind kind, String afterId, int limit);

  void add(Donation donation);

  Optional<Donation> find(String id);

  /** The donation under a row lock (pledge payments). */
  Optional<Donation> lock(String id);

  Optional<Donation> findByPublicToken(String token);

  /** Newest first by date, then id; every filter may be null. */
  record Filter(
      Donation.Kind kind,
      Donation.Status status,
      String donorId,
      String fundId,
      LocalDate from,
      LocalDate to) {}

  List<Donation> list(Filter filter, LocalDate afterDate, String afterId, int limit);
}
