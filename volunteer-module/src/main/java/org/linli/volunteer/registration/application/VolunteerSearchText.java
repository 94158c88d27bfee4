package org.linli.volunteer.registration.application;

import java.util.Optional;
import java.util.regex.Pattern;
import org.linli.kernel.error.DomainException;
import org.linli.tenant.domain.person.PhoneNumber;

/**
 * The staff list's search text ({@code q}): matched against the name (contains), the 志愿者编号
 * (exactly) and the phone — by its last four digits (what the masked form keeps) or, when the text
 * is a whole mobile number, by the number itself.
 *
 * @param text the stripped text, 1..{@link #MAX_LENGTH} characters
 */
public record VolunteerSearchText(String text) {
  public static final int MAX_LENGTH = 50;
  private static final Pattern LAST4 = Pattern.compile("\\d{4}");

  /** Null when the parameter is absent or blank; too long a text is a field error. */
  public static VolunteerSearchText parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String text = raw.strip();
    if (text.length() > MAX_LENGTH) {
      throw DomainException.invalidField("q", "INVALID_SEARCH").with(MAX_LENGTH);
    }
    return new VolunteerSearchText(text);
  }

  public Optional<String> phoneLast4() {
    return LAST4.matcher(text).matches() ? Optional.of(text) : Optional.empty();
  }

  /** The text as a mobile number (spaces, dashes and +86 allowed), when it is one. */
  public Optional<PhoneNumber> phone() {
    if (!text.matches("[+0-9\\s\\u3000-]{11,20}")) {
      return Optional.empty();
    }
    try {
      return Optional.of(PhoneNumber.parse(text));
    } catch (DomainException notAPhone) {
      return Optional.empty();
    }
  }
}
