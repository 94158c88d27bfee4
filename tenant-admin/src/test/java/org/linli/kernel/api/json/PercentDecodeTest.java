package org.linli.kernel.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PercentDecodeTest {
  @Test
  void percentEscapesDecodeAsUtf8() {
    assertEquals("sunshine-sw", TextRules.percentDecode("sunshine-sw"));
    assertEquals("邻 a", TextRules.percentDecode("%E9%82%BB%20a"));
    assertEquals("a\u0000", TextRules.percentDecode("a%00"));
    assertEquals("100%", TextRules.percentDecode("100%"));
  }

  @Test
  void escapesThatAreNotUtf8AreRefused() {
    assertNull(TextRules.percentDecode("%FF"));
    assertNull(TextRules.percentDecode("%ED%A0%80"));
    assertNull(TextRules.percentDecode("a%C3"));
  }
}
