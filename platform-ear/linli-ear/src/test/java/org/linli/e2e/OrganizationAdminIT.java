package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;

/** Platform administration of organizations: validation, search, suspension. */
class OrganizationAdminIT {
  static final Fixture fx = Fixture.get();

  private static JsonObject with(JsonObject body, String field, String value) {
    return Json.createObjectBuilder(body).add(field, value).build();
  }

  private static JsonObject newOrg() {
    String code = "to-" + Ids.suffix();
    return Fixture.orgBody(code, Fixture.person("首任管理员", "first@" + code + ".test"));
  }

  @Test
  void creditCodeWithWrongCheckCharacterIs400() {
    JsonObject body = newOrg();
    String code = body.getString("creditCode");
    char wrong = code.charAt(17) == '0' ? '1' : '0';
    Http.Resp resp =
        fx.platform()
            .post("/api/v1/platform/orgs", with(body, "creditCode", code.substring(0, 17) + wrong));
    assertEquals(400, resp.status(), resp::toString);
    assertEquals("INVALID_CREDIT_CODE", resp.code());
    assertEquals(
        "creditCode", resp.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(
        404,
        fx.platform().get("/api/v1/platform/orgs/" + body.getString("code")).status(),
        "nothing written");
  }

  @Test
  void invalidFirstAdminIdNumberIs400AndWritesNothing() {
    JsonObject body = newOrg();
    JsonObject admin =
        Json.createObjectBuilder(body.getJsonObject("firstAdmin"))
            .add("idNumber", "110105194912310021")
            .build();
    Http.Resp resp =
        fx.platform()
            .post(
                "/api/v1/platform/orgs",
                Json.createObjectBuilder(body).add("firstAdmin", admin).build());
    assertEquals(400, resp.status(), resp::toString);
    assertEquals("INVALID_ID_NUMBER", resp.code());
    assertEquals(
        404, fx.platform().get("/api/v1/platform/orgs/" + body.getString("code")).status());
  }

  @Test
  void missingFieldsAre400WithEveryFieldNamed() {
    Http.Resp resp = fx.platform().post("/api/v1/platform/orgs", "{\"name\":\"\"}");
    assertEquals(400, resp.status(), resp::toString);
    assertEquals("VALIDATION_FAILED", resp.code());
    Set<String> fields = new HashSet<>();
    resp.json()
        .getJsonArray("errors")
        .forEach(e -> fields.add(e.asJsonObject().getString("field")));
    assertTrue(
        fields.containsAll(
            Set.of("code", "name", "type", "creditCode", "regionCode", "firstAdmin")),
        fields::toString);
  }

  @Test
  void unknownTypeIs400NotA500() {
    Http.Resp resp = fx.platform().post("/api/v1/platform/orgs", with(newOrg(), "type", "BANK"));
    assertEquals(400, resp.status(), resp::toString);
  }

  @Test
  void duplicateCodeOrCreditCodeIs409() {
    JsonObject body = newOrg();
    assertEquals(201, fx.platform().post("/api/v1/platform/orgs", body).status());
    JsonObject sameCode = with(newOrg(), "code", body.getString("code"));
    Http.Resp dup = fx.platform().post("/api/v1/platform/orgs", sameCode);
    assertEquals(409, dup.status());
    assertEquals("ORG_CODE_TAKEN", dup.code());
    JsonObject sameCredit = with(newOrg(), "creditCode", body.getString("creditCode"));
    Http.Resp dupCredit = fx.platform().post("/api/v1/platform/orgs", sameCredit);
    assertEquals(409, dupCredit.status());
    assertEquals("CREDIT_CODE_TAKEN", dupCredit.code());
  }

  @Test
  void listingIsCursorPaginatedWithoutGapsOrRepeats() {
    for (int i = 0; i < 3; i++) {
      assertEquals(201, fx.platform().post("/api/v1/platform/orgs", newOrg()).status());
    }
    Set<String> seen = new HashSet<>();
    String cursor = null;
    int pages = 0;
    do {
      Http.Resp page =
          fx.platform()
              .get("/api/v1/platform/orgs?limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
      assertEquals(200, page.status(), page::toString);
      page.json()
          .getJsonArray("items")
          .forEach(o -> assertTrue(seen.add(o.asJsonObject().getString("id")), "no repeats"));
      cursor = page.json().isNull("nextCursor") ? null : page.json().getString("nextCursor");
      pages++;
    } while (cursor != null && pages < 50);
    assertTrue(seen.containsAll(Set.of(fx.a.code(), fx.b.code())));
    assertTrue(pages >= 3);
    Http.Resp search = fx.platform().get("/api/v1/platform/orgs?q=" + fx.a.code());
    assertEquals(fx.a.code(), search.json().getJsonArray("items").getJsonObject(0).getString("id"));
    assertEquals(400, fx.platform().get("/api/v1/platform/orgs?limit=0").status());
    assertEquals(400, fx.platform().get("/api/v1/platform/orgs?type=BANK").status());
    assertEquals(400, fx.platform().get("/api/v1/platform/orgs?cursor=%25%25%25").status());
  }

  @Test
  void suspendedOrganizationRefusesItsMembersAndKeepsItsData() {
    Fixture.TestOrg org = fx.createOrg("tz-" + Ids.suffix());
    String admin = org.admin().token();
    assertEquals(200, Http.as(admin).get(org.path()).status());

    Http.Resp suspended =
        fx.platform()
            .post("/api/v1/platform/orgs/" + org.code() + "/suspend", "{\"reason\":\"年检未通过\"}");
    assertEquals(200, suspended.status(), suspended::toString);
    assertEquals("SUSPENDED", suspended.json().getString("status"));
    Http.Resp refused = Http.as(admin).get(org.path() + "/members");
    assertEquals(403, refused.status());
    assertEquals("ORG_SUSPENDED", refused.code());
    assertEquals(
        409, fx.platform().post("/api/v1/platform/orgs/" + org.code() + "/suspend", "{}").status());

    assertEquals(
        200,
        fx.platform().post("/api/v1/platform/orgs/" + org.code() + "/reactivate", "{}").status());
    Http.Resp members = Http.as(admin).get(org.path() + "/members");
    assertEquals(200, members.status());
    assertEquals(3, members.json().getJsonArray("items").size(), "nothing was deleted");
    Http.Resp audit = Http.as(admin).get(org.path() + "/audit/records?limit=100");
    Set<String> actions = new HashSet<>();
    audit
        .json()
        .getJsonArray("items")
        .forEach(r -> actions.add(r.asJsonObject().getString("action")));
    assertTrue(
        actions.containsAll(Set.of("ORG_CREATED", "ORG_SUSPENDED", "ORG_REACTIVATED")),
        actions::toString);
  }

  @Test
  void contactPhoneIsMasked() {
    JsonObject body = newOrg();
    Http.Resp created = fx.platform().post("/api/v1/platform/orgs", body);
    assertEquals(201, created.status());
    String phone = created.json().getString("contactPhone");
    assertNotNull(phone);
    assertTrue(phone.contains("****"), phone);
    assertTrue(!phone.equals(body.getString("contactPhone")));
  }
}
