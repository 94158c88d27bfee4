package org.linli.integration.inbound.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import org.linli.integration.inbound.domain.RosterRow.Rejection;
import org.linli.kernel.error.DomainException;
import org.linli.tenant.application.PersonRegistry;
import org.linli.tenant.domain.person.IdentityDocument;

/**
 * The row rules of a death or move-away notice, whether a file row or an item of a gateway message:
 * an 18-digit 居民身份证 number with its check digit, a name, and the date (of death, of moving away) in
 * ISO form, not after today.
 */
public final class NoticeRow {
  /** The English field names of a notice; {@code date} is the date of death or of moving away. */
  static final Set<String> REQUIRED = Set.of("idNumber", "name", "date");

  /** A valid notice: the full number (for the lookup only), its masked form, name and date. */
  public record Notice(int line, String idNumber, String idMasked, String name, LocalDate date) {}

  /** Either a notice or a rejection. */
  public record Checked(Notice notice, Rejection rejection) {}

  private NoticeRow() {}

  public static Checked check(int line, Map<String, String> f, LocalDate today) {
    IdentityDocument id;
    try {
      id = PersonRegistry.parseDocument(PersonRegistry.RESIDENT_ID, value(f, "idNumber"));
    } catch (DomainException e) {
      return refuse(line, "ID_NUMBER_INVALID", "idNumber", null);
    }
    String name = value(f, "name");
    if (name.isEmpty() || name.length() > RosterRow.MAX_TEXT) {
      return refuse(line, "NAME_INVALID", "name", id.masked());
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value(f, "date"));
    } catch (DateTimeParseException e) {
      return refuse(line, "DATE_INVALID", "date", id.masked());
    }
    if (date.getYear() < 1900) {
      return refuse(line, "DATE_INVALID", "date", id.masked());
    }
    if (date.isAfter(today)) {
      return refuse(line, "DATE_IN_FUTURE", "date", id.masked());
    }
    return new Checked(new Notice(line, id.number(), id.masked(), name, date), null);
  }

  private static Checked refuse(int line, String code, String field, String masked) {
    return new Checked(null, new Rejection(line, code, field, masked));
  }

  private static String value(Map<String, String> f, String key) {
    String v = f.get(key);
    return v == null ? "" : v.strip();
  }
}
