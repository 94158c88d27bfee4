package org.linli.fund.purchase.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a civil-affairs roster keeps on the buyer's residents (V68). */
public interface RosterRepository {
  /** The resident is kept by {@code source}, and was listed by {@code fileId}. */
  void keep(String residentId, String source, String fileId);

  /** New group, level and validity, on the roster and on every contract copy of the buyer. */
  void changeEligibility(
      String residentId, EligibilityCategory category, String level, LocalDate from, LocalDate to);

  /**
   * Ends on {@code lastDay} the open eligibilities {@code source} keeps that {@code fileId} missed.
   */
  List<String> endMissing(String source, String fileId, LocalDate lastDay);

  /** The buyer's contracts that hold any of these residents (one statement), in id order. */
  List<String> contractsOf(Collection<String> residentIds);

  /** The buyer's residents of these platform people, by person id (one statement). */
  Map<String, Resident> residentsOfPersons(Collection<String> personIds);

  /** New residents kept by {@code source} and listed by {@code fileId}, in one statement. */
  void addAll(List<Resident> residents, String source, String fileId);

  /** {@link #keep} for many residents, in one statement. */
  void keepAll(Collection<String> residentIds, String source, String fileId);

  /**
   * {@link #keep} for the residents whose people hold these keyed document hashes (rows a roster
   * rejected but whose number was valid); unknown ones are skipped.
   */
  void keepListed(Collection<String> idKeys, String source, String fileId);

  /**
   * New group, level and start of these residents, open-ended, on the roster and on every contract
   * copy (two statements); the ids of the contracts that hold any of them.
   */
  List<String> changeAll(List<Resident> changed);

  /** The resident whose person holds this 居民身份证 number; registers no one. */
  Optional<Resident> findByIdNumber(String idNumber);

  /** The buyer's orders for the resident on or after {@code day}, oldest first. */
  List<ServiceOrder> ordersOnOrAfter(String residentId, LocalDate day);
}
