package org.linli.tenant.domain.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.error.ErrorKind;

class AdministrativeDivisionsTest {

  @Test
  void knowsProvincePrefectureAndCountyLevels() {
    assertEquals("江苏省", AdministrativeDivisions.nameOf("320000").orElseThrow());
    assertEquals("南京市", AdministrativeDivisions.nameOf("320100").orElseThrow());
    assertEquals("鼓楼区", AdministrativeDivisions.nameOf("320106").orElseThrow());
    assertEquals("朝阳区", AdministrativeDivisions.nameOf("110105").orElseThrow());
  }

  @Test
  void knowsHongKongMacaoAndTaiwanAtProvinceLevel() {
    assertTrue(AdministrativeDivisions.isKnown("810000"));
    assertTrue(AdministrativeDivisions.isKnown("820000"));
    assertTrue(AdministrativeDivisions.isKnown("710000"));
  }

  @Test
  void prefectureCitiesWithoutCountiesAreOneEntry() {
    assertEquals("东莞市", AdministrativeDivisions.nameOf("441900").orElseThrow());
  }

  @Test
  void holdsEveryCurrentDivisionOnce() {
    // 34 province-level (incl. HK, MO, TW), about 340 prefecture-level, about 2,980 county-level.
    assertTrue(AdministrativeDivisions.size() > 3_300, "size " + AdministrativeDivisions.size());
    assertTrue(AdministrativeDivisions.size() < 3_500, "size " + AdministrativeDivisions.size());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"000000", "329999", "990000", "32010", "3201066", "abcdef"})
  void refusesCodesThatNameNoDivision(String code) {
    assertFalse(AdministrativeDivisions.isKnown(code));
    DomainException e =
        assertThrows(
            DomainException.class, () -> AdministrativeDivisions.require("regionCode", code));
    assertEquals(ErrorKind.INVALID_INPUT, e.kind());
    assertEquals("UNKNOWN_REGION_CODE", e.code());
    assertEquals("regionCode", e.fieldErrors().get(0).field());
  }

  @Test
  void requireAnswersAKnownCode() {
    assertEquals("320106", AdministrativeDivisions.require("regionCode", "320106"));
  }
}
