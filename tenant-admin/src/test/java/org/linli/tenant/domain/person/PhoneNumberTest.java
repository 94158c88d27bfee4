package org.linli.tenant.domain.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.error.ErrorKind;

class PhoneNumberTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "13812345678",
        " 13812345678 ",
        "138 1234 5678",
        "138-1234-5678",
        "+8613812345678",
        "+86 138 1234 5678",
        "+86-138-1234-5678",
        "8613812345678",
        "86 13812345678",
        "008613812345678",
        "138\u30001234\u30005678"
      })
  void normalizesToElevenDigits(String raw) {
    assertEquals("13812345678", PhoneNumber.parse(raw).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"13", "14", "15", "16", "17", "18", "19"})
  void acceptsEveryMobilePrefix(String prefix) {
    assertEquals(prefix + "012345678", PhoneNumber.parse(prefix + "012345678").value());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "10012345678", // 1[0-2] is not a mobile range
        "12012345678",
        "23812345678",
        "1381234567", // 10 digits
        "138123456789", // 12 digits
        "+85213812345678", // other country code
        "+86138123456789",
        "861381234567", // 86 + 10 digits
        "(138)12345678",
        "138.1234.5678",
        "1381234567a",
        "010-12345678" // landline
      })
  void rejectsNonMobileNumbers(String raw) {
    assertInvalid(raw);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", " - "})
  void rejectsNullAndBlank(String raw) {
    assertInvalid(raw);
  }

  @Test
  void masksMiddleFourDigits() {
    assertEquals("138****5678", PhoneNumber.parse("13812345678").masked());
  }

  @Test
  void toStringIsMasked() {
    PhoneNumber phone = PhoneNumber.parse("+86 138 1234 5678");
    assertEquals("138****5678", phone.toString());
    assertFalse(String.valueOf(phone).contains("1234"));
  }

  @Test
  void equalityIsByNormalizedValue() {
    assertEquals(PhoneNumber.parse("+86 138-1234-5678"), new PhoneNumber("13812345678"));
  }

  @Test
  void errorCarriesFieldAndCodeButNotTheInput() {
    DomainException e = assertInvalid("12012345678");
    assertEquals(ErrorKind.INVALID_INPUT, e.kind());
    assertFalse(e.getMessage().contains("12012345678"));
  }

  private static DomainException assertInvalid(String raw) {
    DomainException e = assertThrows(DomainException.class, () -> PhoneNumber.parse(raw), raw);
    assertEquals("INVALID_PHONE", e.code());
    assertEquals("phone", e.fieldErrors().get(0).field());
    return e;
  }
}
