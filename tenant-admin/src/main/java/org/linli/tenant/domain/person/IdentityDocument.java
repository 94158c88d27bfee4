package org.linli.tenant.domain.person;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.linli.kernel.error.DomainException;

/**
 * A validated identity document. 居民身份证 and 港澳台居民居住证 share the GB 11643 number, which also yields
 * birth date and gender; a passport number is only checked for shape, so birth date and gender must
 * be entered (and are verified by staff against the document).
 */
public record IdentityDocument(
    String type,
    String number,
    String masked,
    Optional<LocalDate> birthDate,
    Optional<Gender> gender) {
  public static final String RESIDENT_ID = "RESIDENT_ID";
  public static final String HMT_RESIDENCE_PERMIT = "HMT_RESIDENCE_PERMIT";
  public static final String PASSPORT = "PASSPORT";
  private static final Pattern PASSPORT_SHAPE = Pattern.compile("[A-Z0-9]{5,20}");

  public static IdentityDocument parse(String type, String raw) {
    if (RESIDENT_ID.equals(type) || HMT_RESIDENCE_PERMIT.equals(type)) {
      ResidentIdNumber id = ResidentIdNumber.parse(raw);
      boolean hmt = id.regionCode().matches("8[123]0000");
      if (HMT_RESIDENCE_PERMIT.equals(type) != hmt) {
        throw DomainException.invalidField("idNumber", "INVALID_ID_NUMBER");
      }
      return new IdentityDocument(
          type, id.value(), id.masked(), Optional.of(id.birthDate()), Optional.of(id.gender()));
    }
    if (PASSPORT.equals(type)) {
      String number = raw == null ? "" : raw.replace(" ", "").toUpperCase();
      if (!PASSPORT_SHAPE.matcher(number).matches()) {
        throw DomainException.invalidField("idNumber", "INVALID_ID_NUMBER")
            .withMessage("INVALID_ID_NUMBER.PASSPORT");
      }
      String masked =
          number.substring(0, 2)
              + "*".repeat(number.length() - 4)
              + number.substring(number.length() - 2);
      return new IdentityDocument(type, number, masked, Optional.empty(), Optional.empty());
    }
    throw DomainException.invalidField("idType", "UNSUPPORTED_ID_TYPE");
  }

  @Override
  public String toString() {
    return type + ":" + masked;
  }
}
