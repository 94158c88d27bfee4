package org.linli.tenant.domain.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.error.ErrorKind;
import org.linli.kernel.error.FieldError;

class UnifiedSocialCreditCodeTest {

  // Publicly cited business codes; both carry a correct GB 32100 check character.
  private static final String PUBLISHED = "91350100M000100Y43";
  private static final String PUBLISHED_2 = "91110000802100433B";

  @ParameterizedTest
  @ValueSource(strings = {PUBLISHED, PUBLISHED_2})
  void acceptsPublishedCodes(String code) {
    assertEquals(code, UnifiedSocialCreditCode.parse(code).value());
  }

  @Test
  void checkCharForReproducesPublishedCheckCharacters() {
    assertEquals("3", UnifiedSocialCreditCode.checkCharFor(PUBLISHED.substring(0, 17)));
    assertEquals("B", UnifiedSocialCreditCode.checkCharFor(PUBLISHED_2.substring(0, 17)));
  }

  @Test
  void exposesAuthorityAndCategory() {
    UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(PUBLISHED);
    assertEquals('9', code.registrationAuthority());
    assertEquals('1', code.category());
    assertFalse(code.isCivilAffairs());
  }

  @ParameterizedTest
  @ValueSource(chars = {'1', '2', '3'}) // 社会团体, 民办非企业单位/社会服务机构, 基金会
  void socialOrganizationsAreRegisteredByCivilAffairs(char category) {
    String first17 = "5" + category + "110000500000123"; // Beijing, 9-char org id
    UnifiedSocialCreditCode code =
        UnifiedSocialCreditCode.parse(first17 + UnifiedSocialCreditCode.checkCharFor(first17));
    assertEquals('5', code.registrationAuthority());
    assertEquals(category, code.category());
    assertTrue(code.isCivilAffairs());
  }

  @Test
  void normalizesLowerCaseAndSurroundingSpaces() {
    assertEquals(PUBLISHED, UnifiedSocialCreditCode.parse("  91350100m000100y43\t").value());
    assertEquals(PUBLISHED, UnifiedSocialCreditCode.parse("\u300091350100M000100Y43").value());
    assertEquals(
        UnifiedSocialCreditCode.parse(PUBLISHED),
        new UnifiedSocialCreditCode("91350100m000100y43"));
  }

  @Test
  void rejectsEveryWrongCheckCharacter() {
    String first17 = PUBLISHED.substring(0, 17);
    for (char c : UnifiedSocialCreditCode.CHARSET.toCharArray()) {
      if (c != '3') {
        assertInvalid(first17 + c);
      }
    }
  }

  @Test
  void rejectsSingleCharacterTypo() {
    assertInvalid("91350100M000100Y44");
    assertInvalid("91350100M000200Y43");
  }

  @ParameterizedTest
  @ValueSource(chars = {'I', 'O', 'Z', 'S', 'V', '-', ' ', '中'})
  void rejectsCharactersOutsideTheCharset(char bad) {
    String first17 = "9135010" + bad + "M000100Y4";
    DomainException e = assertInvalid(first17 + "0");
    assertTrue(e.getMessage().contains("position 8"), e.getMessage());
  }

  @Test
  void rejectsBadCharacterEvenInCheckPosition() {
    for (String bad : List.of("I", "O", "Z", "S", "V")) {
      assertInvalid(PUBLISHED.substring(0, 17) + bad);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"91350100M000100Y4", "91350100M000100Y433", "9", "12345678901234567890"})
  void rejectsWrongLength(String raw) {
    assertInvalid(raw);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t\n"})
  void rejectsNullAndBlank(String raw) {
    assertInvalid(raw);
  }

  @Test
  void errorCarriesFieldCodeAndBilingualDetail() {
    DomainException e = assertInvalid("91350100M000100Y44");
    assertEquals(ErrorKind.INVALID_INPUT, e.kind());
    assertEquals("INVALID_CREDIT_CODE", e.code());
    assertEquals(1, e.fieldErrors().size());
    FieldError fe = e.fieldErrors().get(0);
    assertEquals("creditCode", fe.field());
    assertEquals("INVALID_CREDIT_CODE", fe.code());
    assertTrue(e.getMessage().contains("校验位"), e.getMessage());
    assertTrue(e.getMessage().contains("check character"), e.getMessage());
  }

  @Test
  void checkCharForRejectsBadInput() {
    assertThrows(IllegalArgumentException.class, () -> UnifiedSocialCreditCode.checkCharFor(null));
    assertThrows(
        IllegalArgumentException.class, () -> UnifiedSocialCreditCode.checkCharFor("9135010"));
    assertThrows(
        IllegalArgumentException.class,
        () -> UnifiedSocialCreditCode.checkCharFor("91350100M000100YI"));
    assertThrows(
        IllegalArgumentException.class,
        () -> UnifiedSocialCreditCode.checkCharFor("91350100m000100Y4"));
  }

  @Test
  void checkCharForAlwaysYieldsAParsableCode() {
    // Covers the "31 - 0 = 31 -> 0" wrap-around: some prefix must hit every check value.
    Set<String> seen = new HashSet<>();
    for (int n = 0; n < 2000; n++) {
      String first17 = String.format("5210000050%07d", n);
      String check = UnifiedSocialCreditCode.checkCharFor(first17);
      seen.add(check);
      assertEquals(first17 + check, UnifiedSocialCreditCode.parse(first17 + check).value());
    }
    assertEquals(31, seen.size());
  }

  @Test
  void equalityIsByNormalizedValueAndToStringIsTheCode() {
    assertEquals(
        UnifiedSocialCreditCode.parse(PUBLISHED), UnifiedSocialCreditCode.parse(PUBLISHED));
    assertNotEquals(
        UnifiedSocialCreditCode.parse(PUBLISHED), UnifiedSocialCreditCode.parse(PUBLISHED_2));
    assertEquals(PUBLISHED, UnifiedSocialCreditCode.parse(PUBLISHED).toString());
  }

  private static DomainException assertInvalid(String raw) {
    DomainException e =
        assertThrows(DomainException.class, () -> UnifiedSocialCreditCode.parse(raw), raw);
    assertEquals("INVALID_CREDIT_CODE", e.code());
    assertEquals("creditCode", e.fieldErrors().get(0).field());
    return e;
  }
}
