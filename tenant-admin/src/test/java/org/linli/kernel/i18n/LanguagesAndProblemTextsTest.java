package org.linli.kernel.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.error.ErrorKind;
import org.linli.kernel.error.FieldError;
import org.linli.kernel.error.Message;

class LanguagesAndProblemTextsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en|en",
        "en-US|en",
        "zh-CN|zh-CN",
        "zh|zh-CN",
        "zh-TW|zh-CN",
        "en-US;q=0.9,zh;q=0.8|en",
        "zh;q=0.8,en-US;q=0.9|en",
        "en;q=0.5,zh-CN|zh-CN",
        "fr|zh-CN",
        "fr,en;q=0.3|en",
        "en;q=0|zh-CN",
        "*|zh-CN",
        "de;q=1,*;q=0.1|zh-CN",
        "%%%not a header|zh-CN",
      })
  void negotiatesByQValueWithChineseAsDefault(String header, String expected) {
    assertEquals(expected, Languages.tag(Languages.negotiate(header)));
  }

  @Test
  void noHeaderMeansChinese() {
    assertEquals("zh-CN", Languages.tag(Languages.negotiate(null)));
    assertEquals("zh-CN", Languages.tag(Languages.negotiate(" ")));
  }

  @Test
  void formatsBundleTextsWithArgumentsInEachLanguage() {
    assertEquals(
        "limit 须在1到100之间",
        ProblemMessages.format(Languages.ZH_CN, "INVALID_LIMIT", List.of(100)).orElseThrow());
    assertEquals(
        "limit must be 1..100",
        ProblemMessages.format(Languages.EN, "INVALID_LIMIT", List.of(100)).orElseThrow());
    assertEquals(
        "length must be between 1 and 100000",
        ProblemMessages.format(Languages.EN, "SIZE", List.of(1, 100000)).orElseThrow());
  }

  @Test
  void aTextMissingItsArgumentsIsNotUsed() {
    assertTrue(ProblemMessages.format(Languages.EN, "INVALID_LIMIT", List.of()).isEmpty());
    assertTrue(ProblemMessages.format(Languages.EN, "NO_SUCH_CODE_ANYWHERE", List.of()).isEmpty());
  }

  @Test
  void legacyBilingualTextIsSplitByLanguage() {
    String legacy = "班次已满 (the shift is full)";
    assertEquals("班次已满", LegacyText.pick(legacy, Languages.ZH_CN));
    assertEquals("the shift is full", LegacyText.pick(legacy, Languages.EN));
    assertEquals("须为: A, B", LegacyText.pick("须为 (must be one of): A, B", Locale.CHINA));
    assertEquals(
        "must be one of: A, B", LegacyText.pick("须为 (must be one of): A, B", Languages.EN));
    assertEquals("ID wrong", LegacyText.pick("号码错误 / ID wrong", Languages.EN));
  }

  @Test
  void unknownCodesFallBackToTheLegacyText() {
    DomainException legacy = DomainException.rule("BRAND_NEW_CODE", "新规则 (a new rule)");
    assertEquals("BRAND_NEW_CODE: 新规则 (a new rule)", legacy.getMessage());
    DomainException bare = new DomainException(ErrorKind.INVALID_INPUT, "BRAND_NEW_CODE");
    assertEquals("BRAND_NEW_CODE: Invalid input", bare.getMessage());
  }

  @Test
  void argumentsReachTheFieldErrorOfInvalidField() {
    DomainException e = DomainException.invalidField("limit", "INVALID_LIMIT").with(100);
    FieldError f = e.fieldErrors().get(0);
    assertEquals(Message.of("INVALID_LIMIT", 100), f.text());
    assertEquals("limit", f.field());
  }

  @Test
  void getMessageNamesCodeAndBothLanguagesForLogs() {
    String message = DomainException.invalidField("limit", "INVALID_LIMIT").with(5).getMessage();
    assertEquals("INVALID_LIMIT: limit 须在1到5之间 (limit must be 1..5)", message);
  }
}
