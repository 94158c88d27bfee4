package org.linli.integration.inbound.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linli.fund.purchase.domain.EligibilityCategory;

class RosterFilesTest {
  static final String ID = "110101194001010018";

  static String id(String first17) {
    int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * w[i];
    }
    return first17 + "10X98765432".charAt(sum % 11);
  }

  static Map<String, String> fields(String id, String category, String level, String from) {
    return Map.of(
        "idNumber", id,
        "name", "王秀英",
        "category", category,
        "level", level,
        "effectiveFrom", from,
        "address", "中山路 1 号");
  }

  @Test
  void aValidRowBecomesAnEligibilityInThePlatformsGroups() {
    String good = id("32010619400101001");
    RosterRow.Checked c = RosterRow.check(2, fields(good, "失能", "重度", "2026-11-01"));
    assertNotNull(c.eligibility());
    assertEquals(EligibilityCategory.DISABLED, c.eligibility().category());
    assertEquals("重度", c.eligibility().level());
    assertEquals(LocalDate.of(2026, 11, 1), c.eligibility().from());
  }

  @Test
  void eachBadFieldHasItsStableCode() {
    String good = id("32010619400101001");
    char wrong = good.charAt(17) == '1' ? '2' : '1';
    String badCheck = good.substring(0, 17) + wrong;
    assertEquals(
        "ID_NUMBER_INVALID",
        RosterRow.check(2, fields(badCheck, "低保", "", "2026-11-01")).rejection().code());
    assertNull(
        RosterRow.check(2, fields(badCheck, "低保", "", "2026-11-01")).rejection().idMasked(),
        "an invalid number is not even masked back");
    assertEquals(
        "CATEGORY_UNKNOWN",
        RosterRow.check(3, fields(good, "五保", "", "2026-11-01")).rejection().code());
    assertEquals(
        "LEVEL_UNKNOWN",
        RosterRow.check(4, fields(good, "失能", "", "2026-11-01")).rejection().code());
    RosterRow.Rejection date = RosterRow.check(5, fields(good, "高龄", "", "2026-02-30")).rejection();
    assertEquals("DATE_INVALID", date.code());
    assertEquals("effectiveFrom", date.field());
    assertEquals(5, date.line());
  }

  @Test
  void aCsvIsReadRowByRowWithQuotesAndChineseHeadings() throws Exception {
    String csv =
        "\uFEFF身份证号,姓名,类别,等级,生效日期,地址\n"
            + ID
            + ",王秀英,高龄,,2026-11-01,\"中山路 1 号, 2 栋\"\n"
            + "\n"
            + "a,b\n"
            + "x,\"open,1,2,3,4\n";
    try (CsvRows rows =
        new CsvRows(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
      RowSource.Row first = rows.next();
      assertEquals(2, first.line());
      assertEquals("中山路 1 号, 2 栋", first.fields().get("address"));
      RowSource.Row second = rows.next();
      assertEquals(4, second.line(), "blank lines are skipped but counted");
      assertEquals("FIELD_COUNT", second.problem());
      assertEquals("UNCLOSED_QUOTE", rows.next().problem());
      assertNull(rows.next());
    }
  }

  @Test
  void aFileWithoutTheHeaderOrNotTextIsUnreadable() {
    UnreadableList header =
        assertThrows(
            UnreadableList.class,
            () -> new CsvRows(new ByteArrayInputStream("a,b,c\n1,2,3\n".getBytes())));
    assertEquals("HEADER_INVALID", header.code());
    UnreadableList binary =
        assertThrows(
            UnreadableList.class,
            () -> new CsvRows(new ByteArrayInputStream(new byte[] {(byte) 0xff, 0, 1, 2, '\n'})));
    assertEquals("NOT_TEXT", binary.code());
  }

  @Test
  void anXlsxIsStreamedWithDateCells(@TempDir Path dir) throws IOException, UnreadableList {
    Path file = dir.resolve("2026-11-roster.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet ws = wb.newWorksheet("名单");
      String[] head = {"身份证号", "姓名", "类别", "等级", "生效日期", "地址"};
      for (int c = 0; c < head.length; c++) {
        ws.value(0, c, head[c]);
      }
      ws.value(1, 0, ID);
      ws.value(1, 1, "李桂兰");
      ws.value(1, 2, "低保");
      ws.value(1, 4, LocalDate.of(2026, 11, 1));
      ws.style(1, 4).format("yyyy-mm-dd").set();
      ws.value(1, 5, "北京西路 3 号");
      wb.finish();
    }
    List<RowSource.Row> rows = new ArrayList<>();
    try (XlsxRows x = new XlsxRows(file)) {
      for (RowSource.Row r = x.next(); r != null; r = x.next()) {
        rows.add(r);
      }
    }
    assertEquals(1, rows.size());
    assertEquals("2026-11-01", rows.get(0).fields().get("effectiveFrom"));
    assertEquals("", rows.get(0).fields().get("level"));
    assertEquals(ID, rows.get(0).fields().get("idNumber"));
  }

  @Test
  void theGatewaySignatureCoversTimestampAndBodyAndExpires() {
    byte[] body = "{\"type\":\"DEATH\"}".getBytes(StandardCharsets.UTF_8);
    java.time.Instant now = java.time.Instant.ofEpochSecond(1_800_000_000L);
    String ts = "1800000000";
    String sig = GatewaySignature.sign("k", ts, body);
    java.time.Duration skew = java.time.Duration.ofMinutes(5);
    assertEquals(
        GatewaySignature.Verdict.VALID, GatewaySignature.check("k", ts, sig, body, now, skew));
    assertEquals(
        GatewaySignature.Verdict.INVALID,
        GatewaySignature.check("other", ts, sig, body, now, skew));
    assertEquals(
        GatewaySignature.Verdict.INVALID,
        GatewaySignature.check("k", "1800000001", sig, body, now, skew));
    assertEquals(
        GatewaySignature.Verdict.MISSING, GatewaySignature.check("k", ts, null, body, now, skew));
    assertEquals(
        GatewaySignature.Verdict.STALE,
        GatewaySignature.check("k", ts, sig, body, now.plusSeconds(301), skew));
  }
}
