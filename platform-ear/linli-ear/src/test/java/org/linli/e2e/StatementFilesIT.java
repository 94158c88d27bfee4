package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.AccountingWorld;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.TestEnv;

/**
 * The statements and the trial balance as files: every figure of the XLSX cells and of the PDF text
 * equals the JSON endpoint's for the same parameters; bad formats are stable problems; the list of
 * closed periods shows the month closed with its closing voucher. Runs in an organization of its
 * own; its books are dated in 2022 (current) and 2021 (comparative).
 */
class StatementFilesIT {
  static final Fixture fx = Fixture.get();
  static final HttpClient CLIENT = HttpClient.newHttpClient();
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String RANGE = "from=2022-03-01&to=2022-03-31";
  static Fixture.TestOrg org;
  static Fixture.Member auditorMember;
  static Http admin;
  static Http finance;
  static Http auditor;

  @BeforeAll
  static void books() {
    org = fx.createOrg("stf-" + Ids.suffix());
    admin = org.admin().http();
    Fixture.Member financeMember =
        Fixture.invite(admin, org.code(), "fin@" + org.code() + ".test", List.of("finance"));
    finance = financeMember.http();
    auditorMember =
        Fixture.invite(admin, org.code(), "aud@" + org.code() + ".test", List.of("auditor"));
    auditor = auditorMember.http();
    String fund = AccountingWorld.fund(org, "报表基金 " + Ids.suffix());
    posted(
        voucher(
            "2021-03-04",
            "上年捐赠",
            line("1002", "80.00", null, null),
            line("410101", null, "80.00", null)));
    posted(
        voucher(
            "2022-03-03",
            "定向捐赠",
            line("1002", "300.00", null, null),
            line("410102", null, "300.00", fund)));
    posted(
        voucher(
            "2022-03-05",
            "非定向捐赠",
            line("1002", "200.50", null, null),
            line("410101", null, "200.50", null)));
    posted(
        voucher(
            "2022-03-10",
            "救助支出",
            line("510102", "50.25", null, fund),
            line("1002", null, "50.25", null)));
    posted(
        voucher(
            "2022-03-12",
            "工资",
            line("520101", "20.00", null, null),
            line("2204", null, "20.00", null)));
    posted(
        voucher(
            "2022-03-14",
            "现金",
            line("1001", "10.00", null, null),
            line("1002", null, "10.00", null)));
  }

  static JsonObject line(String code, String debit, String credit, String fund) {
    var b = Json.createObjectBuilder().add("accountCode", code);
    if (debit != null) {
      b.add("debit", debit);
    }
    if (credit != null) {
      b.add("credit", credit);
    }
    if (fund != null) {
      b.add("fundId", fund);
    }
    return b.build();
  }

  static JsonObject voucher(String date, String summary, JsonObject... lines) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    for (JsonObject l : lines) {
      a.add(l);
    }
    return Json.createObjectBuilder()
        .add("date", date)
        .add("summary", summary)
        .add("lines", a)
        .build();
  }

  static void posted(JsonObject body) {
    Http.Resp d = admin.post(org.path() + "/accounting/vouchers", body);
    assertEquals(201, d.status(), d::toString);
    Http.Resp p =
        finance.post(
            org.path() + "/accounting/vouchers/" + d.json().getString("id") + "/approve", null);
    assertEquals(200, p.status(), p::toString);
  }

  static HttpResponse<byte[]> download(String path, String accept) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(TestEnv.baseUrl() + path))
            .header("Authorization", "Bearer " + auditorMember.token());
    if (accept != null) {
      request.header("Accept", accept);
    }
    try {
      HttpResponse<byte[]> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      Http.holdToContract("GET", path, response);
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonObject json(String path) {
    Http.Resp r = auditor.get(path);
    assertEquals(200, r.status(), r::toString);
    return r.json();
  }

  /** Rows of the first sheet keyed by the text of the key column; amounts as plain decimals. */
  static Map<String, List<String>> sheet(HttpResponse<byte[]> resp, int keyColumn, int textColumns)
      throws IOException {
    assertEquals(200, resp.statusCode(), () -> new String(resp.body(), StandardCharsets.UTF_8));
    assertEquals(XLSX, resp.headers().firstValue("Content-Type").orElse(""));
    Map<String, List<String>> rows = new HashMap<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(resp.body()))) {
      for (Row row : wb.getFirstSheet().read()) {
        String key = row.getCellText(keyColumn);
        List<String> amounts = new ArrayList<>();
        for (int c = textColumns; c < row.getCellCount(); c++) {
          var cell = row.getCell(c);
          amounts.add(
              cell == null || cell.getType() != CellType.NUMBER
                  ? null
                  : ((BigDecimal) cell.getValue()).setScale(2).toPlainString());
        }
        rows.putIfAbsent(key, amounts);
      }
    }
    return rows;
  }

  static String pdfText(HttpResponse<byte[]> resp) throws IOException {
    assertEquals(200, resp.statusCode(), () -> new String(resp.body(), StandardCharsets.UTF_8));
    assertEquals("application/pdf", resp.headers().firstValue("Content-Type").orElse(""));
    PdfReader reader = new PdfReader(resp.body());
    StringBuilder text = new StringBuilder();
    for (int p = 1; p <= reader.getNumberOfPages(); p++) {
      text.append(new PdfTextExtractor(reader).getTextFromPage(p)).append('\n');
    }
    return text.toString();
  }

  /** The PDF prints a row as its label followed by its amounts, separated by spaces. */
  static void printed(String text, String label, String... amounts) {
    String expected = (label + " " + String.join(" ", amounts)).strip();
    boolean found = text.lines().map(String::strip).anyMatch(l -> l.equals(expected));
    assertTrue(found, () -> "a line \"" + expected + "\" in\n" + text);
  }

  static void cells(Map<String, List<String>> sheet, String label, String... amounts) {
    assertNotNull(sheet.get(label), () -> label + " in " + sheet.keySet());
    List<String> row = new ArrayList<>(sheet.get(label));
    while (row.size() < amounts.length) {
      row.add(null); // trailing empty cells
    }
    assertEquals(Arrays.asList(amounts), row.subList(0, amounts.length), label);
  }

  static boolean absent(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  static String s(JsonObject o, String key) {
    return o.getString(key);
  }

  @Test
  void theBalanceSheetFilesShowTheJsonFigures() throws IOException {
    String base = org.path() + "/accounting/statements/balance-sheet";
    JsonObject bs = json(base + "?at=2022-03-31");
    JsonObject c = bs.getJsonObject("current");
    JsonObject p = bs.getJsonObject("comparative");
    assertEquals("530.25", c.getString("totalAssets"), "the books as posted, 2021 included");
    HttpResponse<byte[]> x = download(base + "/download?format=xlsx&at=2022-03-31", null);
    assertTrue(
        x.headers()
            .firstValue("Content-Disposition")
            .orElse("")
            .contains("balance-sheet-2022-03-31.xlsx"));
    Map<String, List<String>> sheet = sheet(x, 0, 1);
    String pdf = pdfText(download(base + "/download?format=pdf&at=2022-03-31", null));
    for (String[] section : new String[][] {{"assets"}, {"liabilities"}}) {
      var current = c.getJsonArray(section[0]);
      var before = p.getJsonArray(section[0]);
      for (int i = 0; i < current.size(); i++) {
        JsonObject l = current.getJsonObject(i);
        String earlier = before.getJsonObject(i).getString("amount");
        cells(sheet, l.getString("name"), earlier, l.getString("amount"));
        printed(pdf, l.getString("name"), earlier, l.getString("amount"));
      }
    }
    for (String[] total :
        new String[][] {
          {"资产总计", "totalAssets"},
          {"负债合计", "totalLiabilities"},
          {"非限定性净资产", "unrestrictedNetAssets"},
          {"限定性净资产", "restrictedNetAssets"},
          {"净资产合计", "totalNetAssets"},
          {"负债和净资产总计", "totalLiabilitiesAndNetAssets"}
        }) {
      cells(sheet, total[0], s(p, total[1]), s(c, total[1]));
      printed(pdf, total[0], s(p, total[1]), s(c, total[1]));
    }
    assertTrue(pdf.contains("会民非01表"), pdf);
    String name = admin.get(org.path()).json().getString("name");
    assertTrue(pdf.contains("编制单位：" + name), pdf);
    assertTrue(pdf.contains("2022年03月31日"), pdf);
    assertTrue(pdf.contains("单位：元"), pdf);
  }

  @Test
  void theActivityStatementFilesShowTheJsonFigures() throws IOException {
    String base = org.path() + "/accounting/statements/activities";
    JsonObject a = json(base + "?" + RANGE);
    JsonObject c = a.getJsonObject("current");
    JsonObject p = a.getJsonObject("comparative");
    assertEquals("500.50", c.getJsonObject("totalIncome").getString("total"));
    assertEquals("80.00", p.getJsonObject("totalIncome").getString("total"), "上年同期");
    Map<String, List<String>> sheet =
        sheet(download(base + "/download?format=xlsx&" + RANGE, null), 0, 1);
    String pdf = pdfText(download(base + "/download?format=pdf&" + RANGE, null));
    List<JsonObject[]> lines = new ArrayList<>();
    for (String list : new String[] {"income", "expenses"}) {
      for (int i = 0; i < c.getJsonArray(list).size(); i++) {
        lines.add(
            new JsonObject[] {
              c.getJsonArray(list).getJsonObject(i), p.getJsonArray(list).getJsonObject(i)
            });
      }
    }
    for (String single :
        new String[] {
          "totalIncome",
          "totalExpenses",
          "releasedFromRestriction",
          "otherNetAssetChanges",
          "changeInNetAssets"
        }) {
      lines.add(new JsonObject[] {c.getJsonObject(single), p.getJsonObject(single)});
    }
    for (JsonObject[] l : lines) {
      String[] amounts = {
        s(l[0], "unrestricted"), s(l[0], "restricted"), s(l[0], "total"),
        s(l[1], "unrestricted"), s(l[1], "restricted"), s(l[1], "total")
      };
      cells(sheet, l[0].getString("name"), amounts);
      printed(pdf, l[0].getString("name"), amounts);
    }
    cells(sheet, "期初净资产", null, null, a.getString("openingNetAssets"));
    cells(sheet, "期末净资产", null, null, a.getString("closingNetAssets"));
    printed(pdf, "期末净资产", a.getString("closingNetAssets"));
    assertTrue(pdf.contains("会民非02表"), pdf);
    assertTrue(pdf.contains("2022年03月01日至2022年03月31日"), pdf);
  }

  @Test
  void theCashFlowFilesShowTheJsonFigures() throws IOException {
    String base = org.path() + "/accounting/statements/cash-flows";
    JsonObject cf = json(base + "?" + RANGE);
    JsonObject c = cf.getJsonObject("current");
    JsonObject p = cf.getJsonObject("comparative");
    Map<String, List<String>> sheet =
        sheet(download(base + "/download?format=xlsx&" + RANGE, null), 0, 1);
    String pdf = pdfText(download(base + "/download?format=pdf&" + RANGE, null));
    int checked = 0;
    for (int i = 0; i < c.getJsonArray("sections").size(); i++) {
      JsonObject section = c.getJsonArray("sections").getJsonObject(i);
      JsonObject earlier = p.getJsonArray("sections").getJsonObject(i);
      for (String side : new String[] {"inflows", "outflows"}) {
        for (JsonValue v : section.getJsonArray(side)) {
          JsonObject l = v.asJsonObject();
          String before =
              earlier.getJsonArray(side).stream()
                  .map(JsonValue::asJsonObject)
                  .filter(e -> e.getString("key").equals(l.getString("key")))
                  .map(e -> e.getString("amount"))
                  .findFirst()
                  .orElse(null);
          cells(sheet, l.getString("name"), l.getString("amount"), before);
          printed(pdf, l.getString("name"), l.getString("amount"), before == null ? "" : before);
          checked++;
        }
      }
    }
    assertTrue(checked >= 2, "donations in, relief out");
    cells(sheet, "四、现金及现金等价物净增加额", s(c, "netIncrease"), s(p, "netIncrease"));
    printed(pdf, "四、现金及现金等价物净增加额", s(c, "netIncrease"), s(p, "netIncrease"));
    cells(sheet, "期末现金及现金等价物余额", s(c, "closingCash"), s(p, "closingCash"));
    printed(pdf, "期初现金及现金等价物余额", s(c, "openingCash"), s(p, "openingCash"));
    assertTrue(pdf.contains("会民非03表"), pdf);
  }

  @Test
  void theTrialBalanceFilesShowTheJsonFigures() throws IOException {
    String base = org.path() + "/accounting/trial-balance";
    JsonObject tb = json(base + "?" + RANGE);
    HttpResponse<byte[]> x = download(base + "/download?format=xlsx&" + RANGE, null);
    Map<String, List<String>> sheet = sheet(x, 0, 2);
    String pdf = pdfText(download(base + "/download?format=pdf&" + RANGE, null));
    int nonZero = 0;
    for (JsonValue v : tb.getJsonArray("accounts")) {
      JsonObject r = v.asJsonObject();
      String[] amounts = {
        s(r, "openingDebit"), s(r, "openingCredit"), s(r, "debit"),
        s(r, "credit"), s(r, "closingDebit"), s(r, "closingCredit")
      };
      cells(sheet, r.getString("code"), amounts);
      if (!r.getString("debit").equals("0.00") || !r.getString("credit").equals("0.00")) {
        printed(pdf, r.getString("code") + " " + r.getString("name"), amounts);
        nonZero++;
      }
    }
    assertTrue(nonZero >= 6, "the month's accounts");
    JsonObject t = tb.getJsonObject("totals");
    String[] totals = {
      s(t, "openingDebit"), s(t, "openingCredit"), s(t, "debit"),
      s(t, "credit"), s(t, "closingDebit"), s(t, "closingCredit")
    };
    printed(pdf, "合计", totals);
    assertEquals("580.75", t.getString("debit"));
  }

  @Test
  void theFormatIsChosenByParameterOrAcceptAndBadOnesAreStableProblems() throws IOException {
    String base = org.path() + "/accounting/statements/balance-sheet/download?at=2022-03-31";
    HttpResponse<byte[]> byAccept = download(base, "application/pdf");
    assertEquals(200, byAccept.statusCode());
    assertEquals("%PDF", new String(byAccept.body(), 0, 4, StandardCharsets.US_ASCII));
    HttpResponse<byte[]> unknown = download(base + "&format=csv", null);
    assertEquals(400, unknown.statusCode());
    assertTrue(
        new String(unknown.body(), StandardCharsets.UTF_8).contains("\"UNSUPPORTED_FORMAT\""));
    HttpResponse<byte[]> none = download(base, null);
    assertEquals(400, none.statusCode());
    assertTrue(new String(none.body(), StandardCharsets.UTF_8).contains("\"UNSUPPORTED_FORMAT\""));
    HttpResponse<byte[]> excluded = download(base + "&format=xlsx", "application/pdf");
    assertEquals(406, excluded.statusCode());
    assertTrue(new String(excluded.body(), StandardCharsets.UTF_8).contains("\"NOT_ACCEPTABLE\""));
    HttpResponse<byte[]> badDate =
        download(base.replace("2022-03-31", "2022-13-01") + "&format=pdf", null);
    assertEquals(400, badDate.statusCode());
    Http.Resp staff =
        org.staff().http().get(org.path() + "/accounting/trial-balance/download?format=xlsx");
    assertEquals(403, staff.status(), staff::toString);
  }

  /** Closes 2021 months only, so the 2022 reports above stay as they are whatever the order. */
  @Test
  void closedPeriodsAreListedWithTheirClosingVouchers() {
    Http.Resp close = finance.post(org.path() + "/accounting/periods/2021-03/close", null);
    assertEquals(200, close.status(), close::toString);
    JsonObject voucher = close.json().getJsonObject("closingVoucher");
    Http.Resp empty = finance.post(org.path() + "/accounting/periods/2021-04/close", null);
    assertEquals(200, empty.status(), empty::toString);
    Http.Resp dec = finance.post(org.path() + "/accounting/periods/2021-12/close", null);
    assertEquals(200, dec.status(), dec::toString);

    Http.Resp page = auditor.get(org.path() + "/accounting/periods?limit=2");
    assertEquals(200, page.status(), page::toString);
    var items = page.json().getJsonArray("items");
    assertEquals(2, items.size(), page::toString);
    JsonObject december = items.getJsonObject(0);
    assertEquals("2021-12", december.getString("period"));
    assertTrue(december.getBoolean("yearClosed"), "December closes the year");
    assertTrue(absent(december, "closingVoucherNumber"), "nothing left to close in December");
    assertEquals("2021-04", items.getJsonObject(1).getString("period"));

    Http.Resp next =
        auditor.get(
            org.path()
                + "/accounting/periods?limit=2&cursor="
                + page.json().getString("nextCursor"));
    assertEquals(200, next.status(), next::toString);
    assertEquals(1, next.json().getJsonArray("items").size(), next::toString);
    assertTrue(absent(next.json(), "nextCursor"), next::toString);
    JsonObject march = next.json().getJsonArray("items").getJsonObject(0);
    assertEquals("2021-03", march.getString("period"));
    assertEquals(voucher.getString("number"), march.getString("closingVoucherNumber"));
    assertEquals(voucher.getString("id"), march.getString("closingVoucherId"));
    assertTrue(!march.getString("closedBy").isBlank());
    assertNotNull(march.getString("closedAt"));
    assertTrue(!march.getBoolean("yearClosed"));

    Http.Resp bad = auditor.get(org.path() + "/accounting/periods?cursor=garbage");
    assertEquals(400, bad.status(), bad::toString);
    assertEquals("INVALID_CURSOR", bad.code());
    Http.Resp staff = org.staff().http().get(org.path() + "/accounting/periods");
    assertEquals(403, staff.status(), staff::toString);
  }
}
