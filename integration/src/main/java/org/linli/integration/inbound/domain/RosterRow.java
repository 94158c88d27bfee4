package org.linli.integration.inbound.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import org.linli.fund.purchase.application.RosterChanges.Eligibility;
import org.linli.fund.purchase.domain.EligibilityCategory;
import org.linli.kernel.error.DomainException;
import org.linli.tenant.application.PersonRegistry;
import org.linli.tenant.domain.person.IdentityDocument;

/**
 * The row rules of a civil-affairs roster: an 18-digit 居民身份证 number with its check digit, a name, a
 * known group (低保, 特困, 低收入, 高龄, 失能), for 失能 a known grade, an ISO date and an address. A row either
 * becomes an {@link Eligibility} or a {@link Rejection} with a stable code.
 */
public final class RosterRow {
  /** The groups as civil-affairs names them, and the platform's names. */
  static final Map<String, EligibilityCategory> CATEGORIES =
      Map.ofEntries(
          Map.entry("低保", EligibilityCategory.DIBAO),
          Map.entry("特困", EligibilityCategory.TEKUN),
          Map.entry("低收入", EligibilityCategory.LOW_INCOME),
          Map.entry("高龄", EligibilityCategory.ELDERLY),
          Map.entry("失能", EligibilityCategory.DISABLED),
          Map.entry("DIBAO", EligibilityCategory.DIBAO),
          Map.entry("TEKUN", EligibilityCategory.TEKUN),
          Map.entry("LOW_INCOME", EligibilityCategory.LOW_INCOME),
          Map.entry("ELDERLY", EligibilityCategory.ELDERLY),
          Map.entry("DISABLED", EligibilityCategory.DISABLED));

  /** 失能等级 (GB/T 42195 grades as the bureau writes them). */
  static final Set<String> DISABILITY_LEVELS = Set.of("轻度", "中度", "重度");

  static final int MAX_TEXT = 200;

  /** A row refused with a stable code, the field at fault and the masked ID when it was valid. */
  public record Rejection(int line, String code, String field, String idMasked) {}

  /** Either an eligibility or a rejection. */
  public record Checked(Eligibility eligibility, Rejection rejection, String validIdNumber) {}

  private RosterRow() {}

  /** Checks the fields of one row (by their English names). */
  public static Checked check(int line, Map<String, String> f) {
    String raw = value(f, "idNumber");
    IdentityDocument id;
    try {
      id = PersonRegistry.parseDocument(PersonRegistry.RESIDENT_ID, raw);
    } catch (DomainException e) {
      return refuse(line, "ID_NUMBER_INVALID", "idNumber", null, null);
    }
    String name = value(f, "name");
    if (name.isEmpty() || name.length() > MAX_TEXT) {
      return refuse(line, "NAME_INVALID", "name", id.masked(), id.number());
    }
    EligibilityCategory category = CATEGORIES.get(value(f, "category"));
    if (category == null) {
      return refuse(line, "CATEGORY_UNKNOWN", "category", id.masked(), id.number());
    }
    String level = value(f, "level");
    if (category == EligibilityCategory.DISABLED && !DISABILITY_LEVELS.contains(level)) {
      return refuse(line, "LEVEL_UNKNOWN", "level", id.masked(), id.number());
    }
    if (level.length() > MAX_TEXT) {
      return refuse(line, "LEVEL_UNKNOWN", "level", id.masked(), id.number());
    }
    LocalDate from;
    try {
      from = LocalDate.parse(value(f, "effectiveFrom"));
    } catch (DateTimeParseException e) {
      return refuse(line, "DATE_INVALID", "effectiveFrom", id.masked(), id.number());
    }
    if (from.getYear() < 1900 || from.getYear() > 2999) {
      return refuse(line, "DATE_INVALID", "effectiveFrom", id.masked(), id.number());
    }
    String address = value(f, "address");
    if (address.isEmpty() || address.length() > MAX_TEXT) {
      return refuse(line, "ADDRESS_INVALID", "address", id.masked(), id.number());
    }
    return new Checked(
        new Eligibility(
            line, name, id.number(), category, level.isEmpty() ? null : level, from, address),
        null,
        id.number());
  }

  private static Checked refuse(int line, String code, String field, String masked, String number) {
    return new Checked(null, new Rejection(line, code, field, masked), number);
  }

  private static String value(Map<String, String> f, String key) {
    String v = f.get(key);
    return v == null ? "" : v.strip();
  }
}
