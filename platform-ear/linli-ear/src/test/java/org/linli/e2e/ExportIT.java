package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.TestEnv;
import org.linli.e2e.support.VolunteerWorld;

/** Staff exports: Excel-ready CSV and XLSX, numbers masked, formulas neutralised, audited. */
class ExportIT {
  static final Fixture fx = Fixture.get();
  static final VolunteerWorld a = new VolunteerWorld(fx.a);
  static final HttpClient CLIENT = HttpClient.newHttpClient();
  static final String VOLUNTEER_HEADER =
      "志愿者编号,姓名,性别,出生日期,居住区域,身份证号,手机号,技能,服务类别,状态,注册时间,累计服务时长(小时)";

  record Person(String id, String volunteerNo, String idNumber, String phone) {}

  /** An active volunteer of A with 90 approved minutes. */
  static Person volunteerWithHours(String name) {
    String idNumber = Ids.residentId();
    JsonObject registration = VolunteerWorld.registration(idNumber).add("name", name).build();
    Http.Resp created = a.register(registration);
    assertEquals(201, created.status(), created::toString);
    String id = created.json().getString("id");
    Http staff = fx.a.staff().http();
    staff.post(fx.a.path() + "/volunteers/" + id + "/status", "{\"status\":\"ACTIVE\"}");
    String record =
        a.enterRecord(id, VolunteerWorld.facts(8, 1, 90)).json().getString("id"); // 01:00 UTC
    assertEquals(200, a.review("APPROVE", null, record).status());
    return new Person(
        id, created.json().getString("volunteerNo"), idNumber, registration.getString("phone"));
  }

  static HttpResponse<byte[]> download(Fixture.Member who, String path) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(TestEnv.baseUrl() + path))
            .header("Authorization", "Bearer " + who.token())
            .build();
    try {
      HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
      Http.holdToContract("GET", path, response);
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String masked(String idNumber) {
    return idNumber.substring(0, 3) + "*".repeat(11) + idNumber.substring(14);
  }

  /** CSV text after the byte order mark, which must be there for Excel to read UTF-8. */
  static List<String> csvLines(HttpResponse<byte[]> resp) {
    assertEquals(200, resp.statusCode(), () -> new String(resp.body(), StandardCharsets.UTF_8));
    assertTrue(resp.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    byte[] body = resp.body();
    assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(body, 3), "UTF-8 BOM");
    String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    assertTrue(text.endsWith("\r\n"), "RFC 4180 line ends");
    return List.of(text.split("\r\n"));
  }

  static List<List<String>> xlsxRows(HttpResponse<byte[]> resp) throws IOException {
    assertEquals(200, resp.statusCode());
    assertEquals('P', resp.body()[0]);
    assertEquals('K', resp.body()[1], "an XLSX file is a zip");
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(resp.body()))) {
      return workbook.getFirstSheet().read().stream()
          .map(ExportIT::texts)
          .collect(Collectors.toList());
    }
  }

  static List<String> texts(Row row) {
    return row.stream().map(c -> c == null ? "" : c.getText()).toList();
  }

  static Optional<String> lineOf(List<String> lines, String volunteerNo) {
    return lines.stream().filter(l -> l.startsWith(volunteerNo + ",")).findFirst();
  }

  @Test
  void volunteersCsvIsExcelReadyWithMaskedNumbersAndApprovedHours() {
    Person p = volunteerWithHours("王小明");
    HttpResponse<byte[]> resp = download(fx.a.staff(), fx.a.path() + "/exports/volunteers.csv");
    String disposition = resp.headers().firstValue("Content-Disposition").orElse("");
    assertTrue(disposition.startsWith("attachment;"), disposition);
    assertTrue(disposition.contains("filename*=UTF-8''"), disposition);
    assertTrue(disposition.contains(".csv"), disposition);
    List<String> lines = csvLines(resp);
    assertEquals(VOLUNTEER_HEADER, lines.get(0));
    String line = lineOf(lines, p.volunteerNo()).orElseThrow(() -> new AssertionError(lines));
    assertTrue(line.contains("," + masked(p.idNumber()) + ","), line);
    assertTrue(line.contains(",139****" + p.phone().substring(7) + ","), line);
    assertTrue(line.startsWith(p.volunteerNo() + ",王小明,"), line);
    assertTrue(line.endsWith(",1.50"), "approved hours as a decimal: " + line);
    String all = String.join("\n", lines);
    assertFalse(all.contains(p.idNumber()), "the full ID number never leaves");
    assertFalse(all.contains(p.phone()), "the full phone number never leaves");
    assertEquals(countVolunteers(), lines.size() - 1, "every volunteer exactly once");
  }

  @Test
  void volunteersXlsxIsAWorkbookWithTheSameMaskedRows() throws IOException {
    Person p = volunteerWithHours("李华");
    HttpResponse<byte[]> resp = download(fx.a.admin(), fx.a.path() + "/exports/volunteers.xlsx");
    assertTrue(
        resp.headers().firstValue("Content-Disposition").orElse("").contains(".xlsx"),
        resp.headers()::toString);
    List<List<String>> rows = xlsxRows(resp);
    assertEquals(List.of(VOLUNTEER_HEADER.split(",")), rows.get(0));
    List<String> row =
        rows.stream()
            .filter(r -> r.get(0).equals(p.volunteerNo()))
            .findFirst()
            .orElseThrow(() -> new AssertionError(rows));
    assertEquals("李华", row.get(1));
    assertEquals(masked(p.idNumber()), row.get(5));
    assertEquals(0, new BigDecimal("1.5").compareTo(new BigDecimal(row.get(11))), "a number cell");
    assertTrue(rows.stream().flatMap(List::stream).noneMatch(c -> c.contains(p.idNumber())));
  }

  @Test
  void formulasAreNeutralisedInBothFormats() throws IOException {
    Person p = volunteerWithHours("=cmd|' /C calc'!A0");
    String line =
        lineOf(
                csvLines(download(fx.a.staff(), fx.a.path() + "/exports/volunteers.csv")),
                p.volunteerNo())
            .orElseThrow();
    assertTrue(line.startsWith(p.volunteerNo() + ",'=cmd|' /C calc'!A0,"), line);
    List<String> row =
        xlsxRows(download(fx.a.staff(), fx.a.path() + "/exports/volunteers.xlsx")).stream()
            .filter(r -> r.get(0).equals(p.volunteerNo()))
            .findFirst()
            .orElseThrow();
    assertEquals("'=cmd|' /C calc'!A0", row.get(1));
  }

  @Test
  void serviceRecordsAreExportedWithinTheDateRange() throws IOException {
    Person p = volunteerWithHours("赵六");
    String day = LocalDate.now(ZoneOffset.UTC).minusDays(8).toString();
    String path = fx.a.path() + "/exports/service-records.csv?from=" + day + "&to=" + day;
    List<String> lines = csvLines(download(fx.a.staff(), path));
    assertEquals("志愿者编号,姓名,活动名称,日期,地点,服务内容,服务时长(小时),组织单位,负责人,来源,状态", lines.get(0));
    String line = lineOf(lines, p.volunteerNo()).orElseThrow(() -> new AssertionError(lines));
    assertEquals(
        p.volunteerNo() + ",赵六,社区助老服务," + day + ",南京市鼓楼区湖南路1号,陪伴老人、整理物资,1.50,阳光社工,李强,人工录入,已通过",
        line);
    assertTrue(lines.stream().skip(1).allMatch(l -> l.contains("," + day + ",")), "in range only");
    String later = LocalDate.parse(day).plusDays(1).toString();
    List<String> none =
        csvLines(
            download(fx.a.staff(), fx.a.path() + "/exports/service-records.csv?from=" + later));
    assertTrue(lineOf(none, p.volunteerNo()).isEmpty(), "served before from: " + none);
    List<List<String>> rows =
        xlsxRows(download(fx.a.staff(), fx.a.path() + "/exports/service-records.xlsx?to=" + day));
    assertTrue(rows.stream().anyMatch(r -> r.get(0).equals(p.volunteerNo())), rows::toString);
  }

  @Test
  void badDateRangesAreRefusedBeforeTheDownloadStarts() {
    Http staff = fx.a.staff().http();
    Http.Resp badDate = staff.get(fx.a.path() + "/exports/service-records.csv?from=2026-13-01");
    assertEquals(400, badDate.status(), badDate::toString);
    assertEquals("INVALID_FROM", badDate.code());
    Http.Resp reversed =
        staff.get(fx.a.path() + "/exports/service-records.xlsx?from=2026-02-01&to=2026-01-01");
    assertEquals(400, reversed.status(), reversed::toString);
    assertEquals("INVALID_DATE_RANGE", reversed.code());
    assertEquals("to", reversed.json().getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void onlyStaffAndAdminsExportAndEveryExportIsAudited() {
    for (String file :
        List.of(
            "volunteers.csv", "volunteers.xlsx", "service-records.csv", "service-records.xlsx")) {
      Http.Resp refused = fx.a.volunteer().http().get(fx.a.path() + "/exports/" + file);
      assertEquals(403, refused.status(), refused::toString);
      assertEquals("ROLE_REQUIRED", refused.code());
    }
    assertEquals(401, Http.anonymous().get(fx.a.path() + "/exports/volunteers.csv").status());
    Fixture.TestOrg org = fx.createOrg("tx-" + Ids.suffix());
    assertEquals(200, download(org.staff(), org.path() + "/exports/volunteers.csv").statusCode());
    String audit = org.admin().http().get(org.path() + "/audit/records?limit=100").body();
    assertTrue(
        audit.contains("\"action\":\"EXPORT\"") && audit.contains("\"entityId\":\"volunteers\""),
        audit);
  }

  /** The number of A's volunteers, paged through the JSON API. */
  private static int countVolunteers() {
    int count = 0;
    String cursor = null;
    do {
      JsonObject page =
          fx.a
              .staff()
              .http()
              .get(
                  fx.a.path()
                      + "/volunteers?limit=100"
                      + (cursor == null ? "" : "&cursor=" + cursor))
              .json();
      count += page.getJsonArray("items").size();
      cursor = page.isNull("nextCursor") ? null : page.getString("nextCursor");
    } while (cursor != null);
    return count;
  }
}
