package org.linli.kernel.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.error.ErrorKind;
import org.linli.kernel.error.FieldError;

class StrictJsonReaderTest {
  enum Kind {
    CREDIT,
    DONATE_ONLY
  }

  record Shift(OffsetDateTime startsAt, Integer capacity, List<String> requiredSkills) {}

  record Activity(
      String title,
      Double latitude,
      Boolean insured,
      boolean noNegative,
      int count,
      Long points,
      BigDecimal weight,
      Kind kind,
      List<Shift> shifts) {}

  record Dates(LocalDate day, Instant at, OffsetDateTime from, LocalTime time, YearMonth period) {}

  record Rules(Map<String, BigDecimal> categoryWeights, Set<String> tags) {}

  record Renamed(@JsonbProperty("display_name") String displayName) {}

  record Guarded(String value) {
    Guarded {
      if ("boom".equals(value)) {
        throw new IllegalArgumentException("refused");
      }
    }
  }

  record Shorts(short s, byte b, float f) {}

  private static Object read(String json, Type type) {
    return read(json.getBytes(StandardCharsets.UTF_8), type);
  }

  private static Object read(byte[] body, Type type) {
    try {
      return StrictJsonReader.read(new ByteArrayInputStream(body), type);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The 400 with its single field error: asserts the problem code and the field path. */
  private static void refused(String json, Type type, String code, String field) {
    refused(json.getBytes(StandardCharsets.UTF_8), type, code, field);
  }

  private static void refused(byte[] body, Type type, String code, String field) {
    DomainException e = assertThrows(DomainException.class, () -> read(body, type));
    assertEquals(ErrorKind.INVALID_INPUT, e.kind());
    assertEquals(code, e.code(), e::getMessage);
    assertEquals(1, e.fieldErrors().size());
    FieldError error = e.fieldErrors().get(0);
    assertEquals(field, error.field());
    assertEquals(code, error.code());
    assertTrue(e.getMessage().contains("("), "bilingual detail: " + e.getMessage());
  }

  // ---- valid input binds as JSON-B did ----

  @Test
  void bindsRecordsNestedRecordsListsAndScalars() {
    Activity a =
        (Activity)
            read(
                "{\"title\":\"敬老\\u00e9 😀\",\"latitude\":32.05,\"insured\":true,\"noNegative\":true,"
                    + "\"count\":3,\"points\":9007199254740993,\"weight\":1.50,\"kind\":\"CREDIT\","
                    + "\"shifts\":[{\"startsAt\":\"2026-11-20T09:00:00+08:00\",\"capacity\":2.0,"
                    + "\"requiredSkills\":[\"a\",\"b\\tc\\nd\"]}]}",
                Activity.class);
    assertEquals("敬老é 😀", a.title());
    assertEquals(32.05, a.latitude());
    assertEquals(Boolean.TRUE, a.insured());
    assertTrue(a.noNegative());
    assertEquals(3, a.count());
    assertEquals(9007199254740993L, a.points());
    assertEquals(new BigDecimal("1.50"), a.weight());
    assertEquals(Kind.CREDIT, a.kind());
    Shift s = a.shifts().get(0);
    assertEquals(OffsetDateTime.parse("2026-11-20T09:00:00+08:00"), s.startsAt());
    assertEquals(2, s.capacity());
    assertEquals(List.of("a", "b\tc\nd"), s.requiredSkills());
  }

  @Test
  void absentFieldsAreNullAndPrimitivesTheirDefault() {
    Activity a = (Activity) read("{}", Activity.class);
    assertNull(a.title());
    assertNull(a.shifts());
    assertFalse(a.noNegative());
    assertEquals(0, a.count());
    Activity withNulls = (Activity) read("{\"title\":null,\"shifts\":null}", Activity.class);
    assertNull(withNulls.title());
  }

  @Test
  void datesAndTimesParseAsIso8601() {
    Dates d =
        (Dates)
            read(
                "{\"day\":\"2026-02-28\",\"at\":\"2026-01-01T10:00:00+08:00\","
                    + "\"from\":\"2026-01-01T10:00:00Z\",\"time\":\"08:30\",\"period\":\"2026-11\"}",
                Dates.class);
    assertEquals(LocalDate.of(2026, 2, 28), d.day());
    assertEquals(Instant.parse("2026-01-01T02:00:00Z"), d.at());
    assertEquals(OffsetDateTime.parse("2026-01-01T10:00:00Z"), d.from());
    assertEquals(LocalTime.of(8, 30), d.time());
    assertEquals(YearMonth.of(2026, 11), d.period());
  }

  @Test
  void mapsSetsAndJsonObjects() {
    Rules r =
        (Rules) read("{\"categoryWeights\":{\"elder\":1.5},\"tags\":[\"x\",\"x\"]}", Rules.class);
    assertEquals(Map.of("elder", new BigDecimal("1.5")), r.categoryWeights());
    assertEquals(Set.of("x"), r.tags());
    JsonObject settings =
        (JsonObject) read("{\"locale\":\"zh-CN\",\"points\":{\"a\":[1,{}]}}", JsonObject.class);
    assertEquals("zh-CN", settings.getString("locale"));
  }

  @Test
  void jsonbPropertyRenamesAreHonoured() {
    assertEquals("x", ((Renamed) read("{\"display_name\":\"x\"}", Renamed.class)).displayName());
    refused("{\"displayName\":\"x\"}", Renamed.class, "UNKNOWN_FIELD", "displayName");
  }

  @Test
  void emptyBodiesAndNullAreNoBody() {
    assertNull(read("", Activity.class));
    assertNull(read(" \n ", Activity.class));
    assertNull(read("null", Activity.class));
    assertNull(read("", JsonObject.class));
  }

  @Test
  void aByteOrderMarkIsTolerated() {
    byte[] body = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, '{', '}'};
    assertTrue(read(body, Activity.class) instanceof Activity);
  }

  @Test
  void smallerNumberTypesAreRangeChecked() {
    Shorts s = (Shorts) read("{\"s\":-32768,\"b\":127,\"f\":1.5}", Shorts.class);
    assertEquals(-32768, s.s());
    refused("{\"s\":32768}", Shorts.class, "NUMBER_OUT_OF_RANGE", "s");
    refused("{\"b\":128}", Shorts.class, "NUMBER_OUT_OF_RANGE", "b");
    refused("{\"f\":1e39}", Shorts.class, "NUMBER_OUT_OF_RANGE", "f");
  }

  // ---- every rule of the strict reader ----

  @Test
  void syntaxErrorsAreMalformed() {
    refused("{not json", Activity.class, "MALFORMED_JSON", "$");
    refused("{\"title\":}", Activity.class, "MALFORMED_JSON", "$");
    refused("{\"title\":\"x\"", Activity.class, "MALFORMED_JSON", "$");
  }

  @Test
  void anArrayWhereAnObjectBelongsIsRefused() {
    refused("[{\"title\":\"x\"}]", Activity.class, "INVALID_TYPE", "$");
    refused("[]", JsonObject.class, "INVALID_TYPE", "$");
    refused("\"x\"", Activity.class, "INVALID_TYPE", "$");
    refused("{\"shifts\":{}}", Activity.class, "INVALID_TYPE", "shifts");
    refused("{\"shifts\":[[]]}", Activity.class, "INVALID_TYPE", "shifts[0]");
  }

  @Test
  void trailingContentAndConcatenatedObjectsAreRefused() {
    refused("{\"title\":\"x\"} garbage", Activity.class, "TRAILING_CONTENT", "$");
    refused("{\"title\":\"x\"}{\"title\":\"y\"}", Activity.class, "TRAILING_CONTENT", "$");
    refused("{} {}", JsonObject.class, "TRAILING_CONTENT", "$");
    refused("{}]", Activity.class, "TRAILING_CONTENT", "$");
  }

  @Test
  void duplicateKeysAreRefusedAtAnyDepth() {
    refused("{\"title\":\"a\",\"title\":\"b\"}", Activity.class, "DUPLICATE_KEY", "title");
    refused(
        "{\"shifts\":[{},{\"capacity\":1,\"capacity\":1}]}",
        Activity.class,
        "DUPLICATE_KEY",
        "shifts[1].capacity");
    refused("{\"points\":{\"a\":1,\"a\":2}}", JsonObject.class, "DUPLICATE_KEY", "points.a");
  }

  @Test
  void wrongJsonTypesAreRefused() {
    refused("{\"title\":true}", Activity.class, "INVALID_TYPE", "title");
    refused("{\"title\":12}", Activity.class, "INVALID_TYPE", "title");
    refused("{\"title\":{}}", Activity.class, "INVALID_TYPE", "title");
    refused("{\"count\":\"12\"}", Activity.class, "INVALID_TYPE", "count");
    refused("{\"latitude\":\"32.0\"}", Activity.class, "INVALID_TYPE", "latitude");
    refused("{\"weight\":\"1.5\"}", Activity.class, "INVALID_TYPE", "weight");
    refused("{\"insured\":\"yes\"}", Activity.class, "INVALID_TYPE", "insured");
    refused("{\"insured\":1}", Activity.class, "INVALID_TYPE", "insured");
    refused("{\"insured\":\"\"}", Activity.class, "INVALID_TYPE", "insured");
    refused("{\"noNegative\":\"true\"}", Activity.class, "INVALID_TYPE", "noNegative");
    refused("{\"noNegative\":null}", Activity.class, "INVALID_TYPE", "noNegative");
    refused("{\"kind\":1}", Activity.class, "INVALID_TYPE", "kind");
    refused(
        "{\"shifts\":[{\"requiredSkills\":[\"a\",7]}]}",
        Activity.class,
        "INVALID_TYPE",
        "shifts[0].requiredSkills[1]");
    refused(
        "{\"categoryWeights\":{\"a\":\"1\"}}", Rules.class, "INVALID_TYPE", "categoryWeights.a");
  }

  @Test
  void fractionsForIntegersAreRefused() {
    refused("{\"count\":2.5}", Activity.class, "NOT_AN_INTEGER", "count");
    refused(
        "{\"shifts\":[{\"capacity\":2.5}]}",
        Activity.class,
        "NOT_AN_INTEGER",
        "shifts[0].capacity");
    refused("{\"points\":1e-1}", Activity.class, "NOT_AN_INTEGER", "points");
    assertEquals(100, ((Activity) read("{\"count\":1e2}", Activity.class)).count());
  }

  @Test
  void numbersOutOfTheJavaTypesRangeAreRefused() {
    refused("{\"count\":2147483648}", Activity.class, "NUMBER_OUT_OF_RANGE", "count");
    refused("{\"points\":9223372036854775808}", Activity.class, "NUMBER_OUT_OF_RANGE", "points");
    refused("{\"points\":1e1000000000}", Activity.class, "NUMBER_OUT_OF_RANGE", "points");
    refused("{\"latitude\":1e400}", Activity.class, "NUMBER_OUT_OF_RANGE", "latitude");
    refused("{\"weight\":1e200}", Activity.class, "NUMBER_OUT_OF_RANGE", "weight");
    refused("{\"weight\":1e-200}", Activity.class, "NUMBER_OUT_OF_RANGE", "weight");
  }

  @Test
  void unknownFieldsAreRefused() {
    refused("{\"title\":\"x\",\"admin\":true}", Activity.class, "UNKNOWN_FIELD", "admin");
    refused("{\"shifts\":[{\"extra\":1}]}", Activity.class, "UNKNOWN_FIELD", "shifts[0].extra");
  }

  @Test
  void nestingDeeperThanTheLimitIsRefused() {
    String deep = "{\"a\":".repeat(3000) + "1" + "}".repeat(3000);
    DomainException e = assertThrows(DomainException.class, () -> read(deep, JsonObject.class));
    assertEquals("NESTING_TOO_DEEP", e.code());
    String arrays =
        "[".repeat(StrictJsonParser.MAX_DEPTH + 1) + "]".repeat(StrictJsonParser.MAX_DEPTH + 1);
    refused(
        arrays, Activity.class, "NESTING_TOO_DEEP", "$" + "[0]".repeat(StrictJsonParser.MAX_DEPTH));
    String atLimit =
        "{\"a\":".repeat(StrictJsonParser.MAX_DEPTH - 1)
            + "{}"
            + "}".repeat(StrictJsonParser.MAX_DEPTH - 1);
    assertTrue(read(atLimit, JsonObject.class) instanceof JsonObject);
  }

  @Test
  void controlCharactersInStringsAreRefused() {
    refused("{\"title\":\"a\\u0000b\"}", Activity.class, "INVALID_CHARACTERS", "title");
    refused("{\"title\":\"a\\u001bb\"}", Activity.class, "INVALID_CHARACTERS", "title");
    refused("{\"title\":\"a\\rb\"}", Activity.class, "INVALID_CHARACTERS", "title");
    refused("{\"title\":\"a\\u007fb\"}", Activity.class, "INVALID_CHARACTERS", "title");
    refused("{\"title\":\"a\\u0085b\"}", Activity.class, "INVALID_CHARACTERS", "title");
    refused(
        "{\"shifts\":[{},{\"requiredSkills\":[\"ok\",\"\\u0007\"]}]}",
        Activity.class,
        "INVALID_CHARACTERS",
        "shifts[1].requiredSkills[1]");
    refused("{\"points\":{\"x\":\"\\u0000\"}}", JsonObject.class, "INVALID_CHARACTERS", "points.x");
  }

  @Test
  void unpairedSurrogatesAreRefused() {
    refused("{\"title\":\"\\ud800\"}", Activity.class, "INVALID_CHARACTERS", "title");
    refused("{\"title\":\"x\\udc00y\"}", Activity.class, "INVALID_CHARACTERS", "title");
    refused("{\"title\":\"\\ude00\\ud83d\"}", Activity.class, "INVALID_CHARACTERS", "title");
    assertEquals("😀", ((Activity) read("{\"title\":\"\\ud83d\\ude00\"}", Activity.class)).title());
  }

  @Test
  void controlCharactersInKeysAreRefusedNamingTheObject() {
    refused("{\"ti\\u0000tle\":\"x\"}", Activity.class, "INVALID_CHARACTERS", "$");
    refused("{\"shifts\":[{\"\\ud800\":1}]}", Activity.class, "INVALID_CHARACTERS", "shifts[0]");
  }

  @Test
  void invalidUtf8IsRefusedNamingTheField() {
    byte[] prefix = "{\"title\":\"ab".getBytes(StandardCharsets.UTF_8);
    byte[] suffix = "\"}".getBytes(StandardCharsets.UTF_8);
    for (byte[] bad :
        new byte[][] {
          {(byte) 0xff}, {(byte) 0xc3}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0x80}
        }) {
      byte[] body = new byte[prefix.length + bad.length + suffix.length];
      System.arraycopy(prefix, 0, body, 0, prefix.length);
      System.arraycopy(bad, 0, body, prefix.length, bad.length);
      System.arraycopy(suffix, 0, body, prefix.length + bad.length, suffix.length);
      refused(body, Activity.class, "INVALID_CHARACTERS", "title");
    }
    refused(new byte[] {'{', (byte) 0xff, '}'}, Activity.class, "MALFORMED_JSON", "$");
  }

  @Test
  void unknownEnumNamesAndBadDatesAreRefused() {
    refused("{\"kind\":\"credit\"}", Activity.class, "INVALID_VALUE", "kind");
    refused("{\"day\":\"2026-02-30\"}", Dates.class, "INVALID_DATE_TIME", "day");
    refused("{\"at\":\"yesterday\"}", Dates.class, "INVALID_DATE_TIME", "at");
  }

  @Test
  void aRecordRefusingItsValuesIsA400() {
    refused("{\"value\":\"boom\"}", Guarded.class, "INVALID_VALUE", "$");
  }

  @Test
  void onlyJsonMediaTypesAreRead() {
    assertTrue(StrictJsonReader.isJson(MediaType.APPLICATION_JSON_TYPE));
    assertTrue(StrictJsonReader.isJson(new MediaType("application", "json", "UTF-8")));
    assertTrue(StrictJsonReader.isJson(new MediaType("application", "merge-patch+json")));
    assertFalse(StrictJsonReader.isJson(MediaType.TEXT_PLAIN_TYPE));
    assertFalse(StrictJsonReader.isJson(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
  }
}
