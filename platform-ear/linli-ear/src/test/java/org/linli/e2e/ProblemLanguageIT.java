package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;

/** Problem details and field messages in the language of Accept-Language (zh-CN by default). */
class ProblemLanguageIT {
  static final Fixture fx = Fixture.get();

  private static Http platform(String acceptLanguage) {
    return acceptLanguage.isEmpty()
        ? fx.platform()
        : fx.platform().header("Accept-Language", acceptLanguage);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en|en|no such organization",
        "zh-CN|zh-CN|组织不存在",
        "en-US;q=0.9,zh;q=0.8|en|no such organization",
        "zh;q=0.9,en;q=0.8|zh-CN|组织不存在",
        "fr|zh-CN|组织不存在",
        "''|zh-CN|组织不存在",
      })
  void domainErrorsSpeakTheAskedLanguage(String header, String language, String detail) {
    Http.Resp resp = platform(header).get("/api/v1/platform/orgs/no-such-org");
    assertEquals(404, resp.status(), resp::toString);
    assertEquals("ORG_NOT_FOUND", resp.code());
    assertEquals(detail, resp.json().getString("detail"));
    assertEquals(language, resp.header("Content-Language"));
  }

  @Test
  void fieldErrorsNameTheFieldAndCarryALocalizedMessage() {
    String body = "{\"code\":\"x\",\"name\":\"" + "名".repeat(101) + "\"}";
    Http.Resp en = platform("en").post("/api/v1/platform/orgs", body);
    assertEquals(400, en.status(), en::toString);
    assertEquals("VALIDATION_FAILED", en.code());
    assertEquals("invalid fields", en.json().getString("detail"));
    assertEquals("en", en.header("Content-Language"));
    JsonObject size = field(en, "name");
    assertEquals("SIZE", size.getString("code"));
    assertEquals("length must be between 0 and 100", size.getString("message"));
    assertEquals("must not be blank", field(en, "creditCode").getString("message"));
    assertEquals("NOTBLANK", field(en, "creditCode").getString("code"));

    Http.Resp zh = platform("").post("/api/v1/platform/orgs", body);
    assertEquals("请求字段无效", zh.json().getString("detail"));
    assertEquals("zh-CN", zh.header("Content-Language"));
    assertEquals("长度须在0到100之间", field(zh, "name").getString("message"));
    assertEquals("不能为空", field(zh, "creditCode").getString("message"));
  }

  @Test
  void argumentsAreFilledInAndKernelErrorsAreLocalizedToo() {
    Http.Resp en = platform("en-GB").get("/api/v1/platform/orgs?limit=0");
    assertEquals(400, en.status(), en::toString);
    assertEquals("INVALID_LIMIT", en.code());
    assertEquals("limit must be 1..100", en.json().getString("detail"));
    assertEquals("limit must be 1..100", field(en, "limit").getString("message"));

    Http.Resp zh = platform("zh-CN").get("/api/v1/platform/orgs?status=NOPE");
    assertEquals("INVALID_STATUS", zh.code());
    assertTrue(zh.json().getString("detail").startsWith("status 须为: "), zh::toString);

    Http.Resp malformed = platform("en").post("/api/v1/platform/orgs", "{not json");
    assertEquals("MALFORMED_JSON", malformed.code());
    assertEquals("the body is not valid JSON", malformed.json().getString("detail"));
    assertEquals("en", malformed.header("Content-Language"));
  }

  @Test
  void theSecurityContainersRejectionIsLocalized() {
    for (List<String> c :
        List.of(
            List.of("en", "en", "a valid bearer token is required"),
            List.of("zh-CN", "zh-CN", "需要有效的访问令牌"))) {
      Http.Resp resp = Http.anonymous().header("Accept-Language", c.get(0)).get("/api/v1/me");
      assertEquals(401, resp.status(), resp::toString);
      assertEquals("UNAUTHENTICATED", resp.code());
      assertEquals(c.get(2), resp.json().getString("detail"));
      assertEquals(c.get(1), resp.header("Content-Language"));
    }
  }

  private static JsonObject field(Http.Resp resp, String name) {
    return resp.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .filter(e -> e.getString("field").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no field error for " + name + ": " + resp));
  }
}
