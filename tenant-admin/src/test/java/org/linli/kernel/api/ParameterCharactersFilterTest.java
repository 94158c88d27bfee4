package org.linli.kernel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ParameterCharactersFilterTest {
  @Test
  void percentEscapesDecodeAsUtf8() {
    assertEquals("sunshine-sw", ParameterCharactersFilter.decode("sunshine-sw"));
    assertEquals("邻 a", ParameterCharactersFilter.decode("%E9%82%BB%20a"));
    assertEquals("a\u0000", ParameterCharactersFilter.decode("a%00"));
    assertEquals("100%", ParameterCharactersFilter.decode("100%"));
  }

  @Test
  void escapesThatAreNotUtf8AreRefused() {
    assertNull(ParameterCharactersFilter.decode("%FF"));
    assertNull(ParameterCharactersFilter.decode("%ED%A0%80"));
    assertNull(ParameterCharactersFilter.decode("a%C3"));
  }
}
