package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Db;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.PurchaseWorld;

/**
 * The residents roster imported from an XLSX workbook (issue 20): the same columns and row checks
 * as the CSV, all rows or none, errors with the sheet's row number.
 */
class PurchaseResidentXlsxIT {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final List<String> HEADER =
      List.of(
          "name",
          "idNumber",
          "phone",
          "address",
          "latitude",
          "longitude",
          "category",
          "level",
          "eligibleFrom",
          "eligibleTo");

  static Fixture.TestOrg g;

  @BeforeAll
  static void buyer() {
    g = PurchaseWorld.buyer("xg" + Ids.suffix());
  }

  /** A workbook: the header, then each row's cells (String, Number or LocalDate). */
  static byte[] workbook(List<String> header, List<List<Object>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook wb = new Workbook(out, "linli-test", "1.0");
      Worksheet ws = wb.newWorksheet("服务对象");
      for (int c = 0; c < header.size(); c++) {
        ws.value(0, c, header.get(c));
      }
      for (int r = 0; r < rows.size(); r++) {
        List<Object> row = rows.get(r);
        for (int c = 0; c < row.size(); c++) {
          Object v = row.get(c);
          if (v instanceof LocalDate d) {
            ws.value(r + 1, c, d);
            ws.style(r + 1, c).format("yyyy-mm-dd").set();
          } else if (v instanceof Number n) {
            ws.value(r + 1, c, n);
          } else if (v != null) {
            ws.value(r + 1, c, v.toString());
          }
        }
      }
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static List<Object> row(String name, String id, Object from, String category) {
    return List.of(name, id, Ids.phone(), "鼓楼区中山路 8 号", 32.06, 118.78, category, "80岁以上", from, "");
  }

  static HttpResponse<String> upload(String type, byte[] data) {
    return PurchaseIT.upload(g.staff(), g.path() + "/residents/import", type, data);
  }

  static JsonObject json(HttpResponse<String> r) {
    return Json.createReader(new java.io.StringReader(r.body())).readObject();
  }

  @Test
  void aWorkbookIsImportedWithTheChecksOfTheCsv() {
    String id1 = Ids.residentIdBornIn(1938);
    String id2 = Ids.residentIdBornIn(1939);
    byte[] good =
        workbook(
            HEADER,
            List.of(
                row("孙奶奶", id1, LocalDate.of(2026, 1, 1), "ELDERLY"),
                row("周爷爷", id2, "2026-02-01", "DIBAO")));

    // A bad third row (an unknown group) fails the whole workbook: nothing is written.
    long before = Db.count("purchase_resident");
    byte[] bad =
        workbook(
            HEADER,
            List.of(
                row("孙奶奶", id1, LocalDate.of(2026, 1, 1), "ELDERLY"),
                row("钱奶奶", Ids.residentIdBornIn(1940), "2026-01-01", "NOBODY")));
    HttpResponse<String> refused = upload(XLSX, bad);
    assertEquals(400, refused.statusCode(), refused::body);
    assertEquals("IMPORT_ROW_INVALID", PurchaseIT.code(refused));
    assertTrue(refused.body().contains("3"), refused::body);
    assertEquals(before, Db.count("purchase_resident"), "nothing of the workbook was written");

    HttpResponse<String> imported = upload(XLSX, good);
    assertEquals(200, imported.statusCode(), imported::body);
    assertEquals(2, json(imported).getInt("imported"));
    assertEquals(0, json(imported).getInt("alreadyOnRoster"));
    String roster = g.staff().http().get(g.path() + "/residents?q=孙奶奶").body();
    assertTrue(roster.contains("孙奶奶"), roster);
    assertTrue(roster.contains("2026-01-01"), "the Excel date became the eligibility start");
    assertFalse(roster.contains(id1), "the ID number is answered masked");

    // The same workbook again: counted as already on the roster, nothing changed. Told apart by
    // its ZIP signature even when the type is generic.
    HttpResponse<String> again = upload("application/octet-stream", good);
    assertEquals(200, again.statusCode(), again::body);
    assertEquals(0, json(again).getInt("imported"));
    assertEquals(2, json(again).getInt("alreadyOnRoster"));
  }

  @Test
  void badWorkbooksAreRefusedWithStableCodes() {
    long before = Db.count("purchase_resident");
    List<String> wrongHeader = new java.util.ArrayList<>(HEADER);
    wrongHeader.set(1, "身份证号");
    HttpResponse<String> header =
        upload(
            XLSX,
            workbook(
                wrongHeader,
                List.of(row("吴奶奶", Ids.residentIdBornIn(1941), "2026-01-01", "ELDERLY"))));
    assertEquals(400, header.statusCode(), header::body);
    assertEquals("IMPORT_HEADER_INVALID", PurchaseIT.code(header));

    HttpResponse<String> empty = upload(XLSX, workbook(HEADER, List.of()));
    assertEquals(400, empty.statusCode(), empty::body);
    assertEquals("IMPORT_EMPTY", PurchaseIT.code(empty));

    HttpResponse<String> corrupt =
        upload(XLSX, "PK\u0003\u0004 not really a workbook".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(400, corrupt.statusCode(), corrupt::body);
    assertEquals("IMPORT_FILE_INVALID", PurchaseIT.code(corrupt));

    // An ID number typed as a number (Excel keeps fifteen digits of it) is refused.
    List<Object> numeric = new java.util.ArrayList<>(row("郑爷爷", "x", "2026-01-01", "ELDERLY"));
    numeric.set(1, Long.parseLong(Ids.residentIdBornIn(1942).substring(0, 17)) * 10);
    HttpResponse<String> number = upload(XLSX, workbook(HEADER, List.of(numeric)));
    assertEquals(400, number.statusCode(), number::body);
    assertEquals("IMPORT_ROW_INVALID", PurchaseIT.code(number));
    assertTrue(number.body().contains("ID_NUMBER_NOT_TEXT"), number::body);

    // A cell past the ten columns is a row with too many fields.
    List<Object> wide =
        new java.util.ArrayList<>(row("冯奶奶", Ids.residentIdBornIn(1943), "2026-01-01", "ELDERLY"));
    wide.add("多余");
    HttpResponse<String> extra = upload(XLSX, workbook(HEADER, List.of(wide)));
    assertEquals(400, extra.statusCode(), extra::body);
    assertEquals("IMPORT_ROW_INVALID", PurchaseIT.code(extra));

    byte[] big = new byte[10 * 1024 * 1024 + 1];
    big[0] = 'P';
    big[1] = 'K';
    big[2] = 3;
    big[3] = 4;
    HttpResponse<String> tooLarge = upload(XLSX, big);
    assertEquals(400, tooLarge.statusCode(), tooLarge::body);
    assertEquals("IMPORT_TOO_LARGE", PurchaseIT.code(tooLarge));
    assertEquals(before, Db.count("purchase_resident"));
  }
}
