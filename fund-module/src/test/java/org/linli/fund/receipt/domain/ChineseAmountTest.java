package org.linli.fund.receipt.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseAmountTest {
  @ParameterizedTest(name = "{0} fen -> {1}")
  @CsvSource({
    // the example, and 整 after 元 and after 角
    "123450, 壹仟贰佰叁拾肆元伍角整",
    "100, 壹元整",
    "0, 零元整",
    // fen only, jiao only, both, without yuan
    "1, 壹分",
    "5, 伍分",
    "50, 伍角整",
    "55, 伍角伍分",
    // 零 before 分 when 角 is zero; after 元 when the ones digit is zero and a 角 follows
    "1005, 壹拾元零伍分",
    "1640902, 壹万陆仟肆佰零玖元零贰分",
    "168032, 壹仟陆佰捌拾元零叁角贰分",
    "100030, 壹仟元零叁角整",
    "101, 壹元零壹分",
    "110, 壹元壹角整",
    // ten is 壹拾; inner zeros collapse to one 零; trailing zeros are silent
    "1000, 壹拾元整",
    "1100, 壹拾壹元整",
    "100500, 壹仟零伍元整",
    "101000, 壹仟零壹拾元整",
    "100100, 壹仟零壹元整",
    "1000000, 壹万元整",
    // 万 and 亿 groups, zeros across group boundaries
    "10000000, 壹拾万元整",
    "10100000, 壹拾万零壹仟元整",
    "1000100, 壹万零壹元整",
    "1001000, 壹万零壹拾元整",
    "2000100000, 贰仟万零壹仟元整",
    "1234567800, 壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元整",
    "10000000000, 壹亿元整",
    "10000000100, 壹亿零壹元整",
    "10001000000, 壹亿零壹万元整",
    "12000000000, 壹亿贰仟万元整",
    "100000000000, 壹拾亿元整",
    "10000100000, 壹亿零壹仟元整",
    "100000000000000, 壹万亿元整",
    "1000000000000000, 壹拾万亿元整",
    "100000000000001, 壹万亿元零壹分",
    "999999999999999999, 玖仟玖佰玖拾玖万亿玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
  })
  void writesCapitals(long fen, String expected) {
    assertEquals(expected, ChineseAmount.of(fen));
  }

  @Test
  void refusesNegativeAndTooLarge() {
    assertThrows(IllegalArgumentException.class, () -> ChineseAmount.of(-1));
    assertThrows(IllegalArgumentException.class, () -> ChineseAmount.of(Long.MAX_VALUE));
  }
}
