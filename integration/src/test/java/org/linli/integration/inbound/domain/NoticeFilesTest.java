package org.linli.integration.inbound.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoticeFilesTest {
  static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
  static final String ID = RosterFilesTest.id("32010619400101001");

  @Test
  void theFileNameSaysWhatKindOfListItIs() {
    assertEquals(ListKind.DEATH, ListKind.ofFileName("2026-11-death.csv"));
    assertEquals(ListKind.DEATH, ListKind.ofFileName("2026-11-死亡名单.xlsx"));
    assertEquals(ListKind.MOVE, ListKind.ofFileName("2026-11-MoveAway.csv"));
    assertEquals(ListKind.MOVE, ListKind.ofFileName("2026-11-迁出.csv"));
    assertEquals(ListKind.ROSTER, ListKind.ofFileName("2026-11-roster.csv"));
  }

  @Test
  void aValidNoticeKeepsTheNumberOnlyForTheLookupAndMasksIt() {
    NoticeRow.Checked c =
        NoticeRow.check(2, Map.of("idNumber", ID, "name", "王秀英", "date", "2026-12-01"), TODAY);
    assertNotNull(c.notice());
    assertNull(c.rejection());
    assertEquals(ID, c.notice().idNumber());
    assertEquals(LocalDate.of(2026, 12, 1), c.notice().date());
    assertEquals(false, c.notice().idMasked().contains(ID.substring(6, 14)));
  }

  @Test
  void eachBadFieldOfANoticeHasItsStableCode() {
    String bad = ID.substring(0, 17) + (ID.charAt(17) == '1' ? '2' : '1');
    assertEquals(
        "ID_NUMBER_INVALID",
        NoticeRow.check(2, Map.of("idNumber", bad, "name", "a", "date", "2026-12-01"), TODAY)
            .rejection()
            .code());
    assertEquals(
        "NAME_INVALID",
        NoticeRow.check(3, Map.of("idNumber", ID, "name", " ", "date", "2026-12-01"), TODAY)
            .rejection()
            .code());
    assertEquals(
        "DATE_INVALID",
        NoticeRow.check(4, Map.of("idNumber", ID, "name", "a", "date", "2026-02-30"), TODAY)
            .rejection()
            .code());
    RosterRow.Rejection future =
        NoticeRow.check(5, Map.of("idNumber", ID, "name", "a", "date", "2026-12-08"), TODAY)
            .rejection();
    assertEquals("DATE_IN_FUTURE", future.code());
    assertEquals("date", future.field());
    assertNotNull(future.idMasked());
  }

  @Test
  void aNoticeCsvNeedsTheDateColumnAndARosterHeaderIsNotANotice() throws Exception {
    String csv = "身份证号,姓名,死亡日期\n" + ID + ",王秀英,2026-12-01\n";
    try (CsvRows rows =
        new CsvRows(
            new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), ListKind.DEATH)) {
      RowSource.Row r = rows.next();
      assertEquals(2, r.line());
      assertEquals("2026-12-01", r.fields().get("date"));
      assertNull(rows.next());
    }
    String roster = "身份证号,姓名,类别,等级,生效日期,地址\n";
    UnreadableList e =
        assertThrows(
            UnreadableList.class,
            () ->
                new CsvRows(
                    new ByteArrayInputStream(roster.getBytes(StandardCharsets.UTF_8)),
                    ListKind.MOVE));
    assertEquals("HEADER_INVALID", e.code());
  }
}
