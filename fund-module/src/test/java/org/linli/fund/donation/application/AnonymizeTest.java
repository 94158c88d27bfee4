package org.linli.fund.donation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AnonymizeTest {
  @Test
  void namesKeepTheirFirstCharacterOnly() {
    assertEquals("王**", Anonymize.name("王小明"));
    assertEquals("欧***", Anonymize.name("欧阳小明"));
    assertEquals("李*", Anonymize.name("李"));
  }

  @Test
  void longDigitRunsAreMaskedInFreeText() {
    assertEquals(
        "救助 ****** 医药费, 电话 ******", Anonymize.text("救助 11010519491231002X 医药费, 电话 13912345678"));
    assertEquals("3 户 2000 元", Anonymize.text("3 户 2000 元"));
  }
}
