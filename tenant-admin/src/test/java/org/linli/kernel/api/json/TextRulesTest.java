package org.linli.kernel.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextRulesTest {
  @Test
  void tabNewlineAndAllOfUnicodeArePlainText() {
    assertTrue(TextRules.isClean("邻里 Linli\tcafé\n😀 \u00a0\u200b"));
    assertTrue(TextRules.isClean(""));
  }

  @Test
  void controlCharactersSurrogatesAndNoncharactersAreNot() {
    assertEquals(1, TextRules.firstInvalid("a\u0000"));
    assertEquals(0, TextRules.firstInvalid("\r\n"));
    assertEquals(1, TextRules.firstInvalid("a\u001b[31m"));
    assertEquals(0, TextRules.firstInvalid("\u009b"));
    assertEquals(2, TextRules.firstInvalid("ok\ud800"));
    assertEquals(0, TextRules.firstInvalid("\udc00ok"));
    assertEquals(0, TextRules.firstInvalid("\uffff"));
  }
}
