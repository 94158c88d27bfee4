package org.linli.tenant.domain.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.error.ErrorKind;

class ResidentIdNumberTest {

  // The worked example from GB 11643-1999 (check character X).
  private static final String STANDARD_EXAMPLE = "11010519491231002X";
  private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;

  @Test
  void acceptsTheStandardsExample() {
    ResidentIdNumber id = ResidentIdNumber.parse(STANDARD_EXAMPLE);
    assertEquals(STANDARD_EXAMPLE, id.value());
    assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
    assertEquals("110105", id.regionCode());
    assertEquals(Gender.FEMALE, id.gender()); // sequence 002: even
  }

  @Test
  void withCheckDigitReproducesTheStandardsExample() {
    assertEquals(STANDARD_EXAMPLE, ResidentIdNumber.withCheckDigit("11010519491231002"));
  }

  @Test
  void oddSequenceDigitIsMale() {
    ResidentIdNumber id =
        ResidentIdNumber.parse(ResidentIdNumber.withCheckDigit("11010519900307447"));
    assertEquals(Gender.MALE, id.gender());
    assertEquals(LocalDate.of(1990, 3, 7), id.birthDate());
  }

  @Test
  void normalizesLowerCaseXAndSpaces() {
    assertEquals(STANDARD_EXAMPLE, ResidentIdNumber.parse(" 11010519491231002x ").value());
    assertEquals(
        ResidentIdNumber.parse(STANDARD_EXAMPLE), new ResidentIdNumber("11010519491231002x"));
  }

  @Test
  void rejectsEveryWrongCheckCharacter() {
    for (char c : "0123456789".toCharArray()) {
      assertInvalid("11010519491231002" + c);
    }
  }

  @Test
  void rejectsSingleDigitTypo() {
    assertInvalid("11010519491231003X");
    assertInvalid("21010519491231002X");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1101051949123100X", "11010519491231002X1", "110105194912310", "1"})
  void rejectsWrongLength(String raw) {
    assertInvalid(raw);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1101051949123100XX",
        "11010519491231002Y",
        "A1010519491231002X",
        "11010519491231 02X"
      })
  void rejectsNonDigits(String raw) {
    assertInvalid(raw);
  }

  @Test
  void rejectsFullWidthDigits() {
    assertInvalid("１１０１０５１９４９１２３１００２X");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void rejectsNullAndBlank(String raw) {
    assertInvalid(raw);
  }

  @ParameterizedTest
  @ValueSource(strings = {"19990230", "19990229", "20230431", "19901301", "19900001", "19900100"})
  void rejectsImpossibleBirthDates(String yyyymmdd) {
    assertInvalid(ResidentIdNumber.withCheckDigit("110105" + yyyymmdd + "001"));
  }

  @Test
  void acceptsLeapDay() {
    String id = ResidentIdNumber.withCheckDigit("11010520000229001");
    assertEquals(LocalDate.of(2000, 2, 29), ResidentIdNumber.parse(id).birthDate());
  }

  @Test
  void rejectsBirthBefore1900EvenWithCorrectCheckDigit() {
    // The standard's second example (born 1880) has a correct check digit but is out of range.
    assertEquals("440524188001010014", ResidentIdNumber.withCheckDigit("44052418800101001"));
    assertInvalid("440524188001010014");
    assertInvalid(ResidentIdNumber.withCheckDigit("11010518991231001"));
  }

  @Test
  void accepts1900FirstJanuary() {
    String id = ResidentIdNumber.withCheckDigit("11010519000101001");
    assertEquals(LocalDate.of(1900, 1, 1), ResidentIdNumber.parse(id).birthDate());
  }

  @Test
  void acceptsBirthToday() {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    String id = ResidentIdNumber.withCheckDigit("110105" + today.format(YMD) + "001");
    assertEquals(today, ResidentIdNumber.parse(id).birthDate());
  }

  @Test
  void rejectsFutureBirthDate() {
    // Two days ahead so a run straddling midnight still sees a future date.
    LocalDate future = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2);
    assertInvalid(ResidentIdNumber.withCheckDigit("110105" + future.format(YMD) + "001"));
  }

  @Test
  void masksAllButFirstThreeAndLastFour() {
    ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X");
    assertEquals("110***********002X", id.masked());
    assertEquals(18, id.masked().length());
  }

  @Test
  void toStringNeverLeaksTheNumber() {
    ResidentIdNumber id = ResidentIdNumber.parse(STANDARD_EXAMPLE);
    assertEquals(id.masked(), id.toString());
    assertFalse(id.toString().contains("19491231"));
    assertFalse(String.valueOf(id).contains(STANDARD_EXAMPLE));
  }

  @Test
  void errorDetailNeverEchoesTheInput() {
    String typo = "11010519491231003X";
    DomainException e = assertInvalid(typo);
    assertEquals(ErrorKind.INVALID_INPUT, e.kind());
    assertEquals("idNumber", e.fieldErrors().get(0).field());
    assertFalse(e.getMessage().contains("1101051949"), e.getMessage());
    assertTrue(e.getMessage().contains("check digit"), e.getMessage());
  }

  @Test
  void withCheckDigitRejectsBadInput() {
    assertThrows(IllegalArgumentException.class, () -> ResidentIdNumber.withCheckDigit(null));
    assertThrows(
        IllegalArgumentException.class, () -> ResidentIdNumber.withCheckDigit("1101051949"));
    assertThrows(
        IllegalArgumentException.class, () -> ResidentIdNumber.withCheckDigit("1101051949123100X"));
  }

  private static DomainException assertInvalid(String raw) {
    DomainException e = assertThrows(DomainException.class, () -> ResidentIdNumber.parse(raw), raw);
    assertEquals("INVALID_ID_NUMBER", e.code());
    assertEquals("idNumber", e.fieldErrors().get(0).field());
    return e;
  }
}
