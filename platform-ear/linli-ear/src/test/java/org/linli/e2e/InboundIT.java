package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Gateway;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.PurchaseWorld;

/**
 * Lists from civil-affairs over the province gateway's signed HTTP push (issue 21, inbound): the
 * signature is checked before anything is applied, the same message applies once however often it
 * comes, bad rows are reported and the rest applied, a roster is a diff (new, changed, ended), and
 * a death notice ends eligibility, cancels the orders not yet visited and flags visits after it.
 */
class InboundIT {
  static final Fixture fx = Fixture.get();
  static final double LAT = 32.066;
  static final double LON = 118.783;

  static Fixture.TestOrg g;
  static Fixture.TestOrg p;
  static String contract;

  @BeforeAll
  static void buyerAndProvider() {
    g = PurchaseWorld.buyer("ib" + Ids.suffix());
    p = fx.createOrg("ip" + Ids.suffix());
    contract = PurchaseWorld.activeContract(g, p);
  }

  static JsonObject row(String id, String name, String category, String level) {
    return Json.createObjectBuilder()
        .add("idNumber", id)
        .add("name", name)
        .add("category", category)
        .add("level", level)
        .add("effectiveFrom", "2026-01-01")
        .add("address", "鼓楼区中山路 " + name + " 号")
        .build();
  }

  static String roster(String period, List<JsonObject> rows) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    rows.forEach(a::add);
    return Json.createObjectBuilder()
        .add("type", "ROSTER")
        .add("period", period)
        .add("rows", a)
        .build()
        .toString();
  }

  static JsonArray residentsNamed(Fixture.TestOrg org, String name) {
    Http.Resp r = org.staff().http().get(org.path() + "/residents?q=" + name + "&limit=100");
    assertEquals(200, r.status(), r::toString);
    return r.json().getJsonArray("items");
  }

  static JsonObject file(String id) {
    Http.Resp r = g.staff().http().get(g.path() + "/integration/files/" + id);
    assertEquals(200, r.status(), r::toString);
    return r.json();
  }

  @Test
  void anUnsignedBadlySignedOrStaleMessageIsRefusedAndAppliesNothing() {
    String tag = "签" + Ids.suffix();
    String body = roster("2026-10", List.of(row(Ids.residentIdBornIn(1944), tag, "高龄", "")));
    long now = Instant.now().getEpochSecond();

    Http.Resp unsigned = Gateway.post(g.code(), body, null, null);
    assertEquals(401, unsigned.status(), unsigned::toString);
    assertEquals("GATEWAY_UNSIGNED", unsigned.code());
    assertTrue(unsigned.header("Content-Type").startsWith("application/problem+json"));

    String wrongKey = Gateway.sign("not-the-shared-key", now, body);
    Http.Resp forged = Gateway.post(g.code(), body, Long.toString(now), wrongKey);
    assertEquals(401, forged.status(), forged::toString);
    assertEquals("GATEWAY_SIGNATURE_INVALID", forged.code());

    String signedOther = Gateway.sign(Gateway.secret(), now, body + " ");
    Http.Resp tampered = Gateway.post(g.code(), body, Long.toString(now), signedOther);
    assertEquals(401, tampered.status(), "a body other than the one signed: " + tampered);

    long old = now - 6 * 60;
    Http.Resp stale =
        Gateway.post(g.code(), body, Long.toString(old), Gateway.sign(Gateway.secret(), old, body));
    assertEquals(422, stale.status(), stale::toString);
    assertEquals("GATEWAY_MESSAGE_STALE", stale.code());

    assertEquals(0, residentsNamed(g, tag).size(), "nothing applied");
    Http.Resp files = g.staff().http().get(g.path() + "/integration/files?limit=100");
    assertFalse(files.body().contains(tag));

    Http.Resp ok = Gateway.push(g.code(), body);
    assertEquals(201, ok.status(), ok::toString);
    assertEquals(1, residentsNamed(g, tag).size(), "the same message, signed, applies");
  }

  @Test
  void aSignedMessageThatIsNotAListIsRefusedWithAFieldError() {
    Http.Resp broken = Gateway.push(g.code(), "{\"type\":\"ROSTER\",");
    assertEquals(400, broken.status(), broken::toString);
    assertEquals("GATEWAY_MESSAGE_INVALID", broken.code());
    Http.Resp unknownKey =
        Gateway.push(g.code(), "{\"type\":\"DEATH\",\"notices\":[],\"extra\":1}");
    assertEquals(400, unknownKey.status(), unknownKey::toString);
    assertEquals("GATEWAY_MESSAGE_INVALID", unknownKey.code());
  }

  @Test
  void aRosterDeliveredThreeTimesAppliesOnce() {
    String tag = "三" + Ids.suffix();
    String body =
        roster(
            "2026-11",
            List.of(
                row(Ids.residentIdBornIn(1940), tag + "甲", "高龄", "80岁以上"),
                row(Ids.residentIdBornIn(1950), tag + "乙", "低保", ""),
                row(Ids.residentIdBornIn(1948), tag + "丙", "失能", "重度")));
    Http.Resp first = Gateway.push(g.code(), body);
    assertEquals(201, first.status(), first::toString);
    String fileId = first.json().getString("fileId");
    assertFalse(first.json().getBoolean("duplicate"));
    assertEquals(3, first.json().getInt("applied"));
    for (int i = 0; i < 2; i++) {
      Http.Resp again = Gateway.push(g.code(), body);
      assertEquals(200, again.status(), again::toString);
      assertTrue(again.json().getBoolean("duplicate"));
      assertEquals(fileId, again.json().getString("fileId"));
      assertEquals(0, again.json().getInt("applied"));
    }
    JsonArray residents = residentsNamed(g, tag);
    assertEquals(3, residents.size(), residents::toString);
    JsonObject f = file(fileId);
    assertEquals("APPLIED", f.getString("status"));
    assertEquals(3, f.getInt("added"));
    assertEquals("2026-11-01", f.getString("period"));
    long sameFile =
        g
            .staff()
            .http()
            .get(g.path() + "/integration/files?limit=100")
            .json()
            .getJsonArray("items")
            .stream()
            .filter(v -> v.asJsonObject().getString("checksum").equals(f.getString("checksum")))
            .count();
    assertEquals(1, sameFile, "one file, however often it came");
  }

  @Test
  void threeBadRowsAreReportedAndTheRestApplied() {
    String tag = "坏" + Ids.suffix();
    String goodId = Ids.residentIdBornIn(1939);
    String badCheckDigit = goodId.substring(0, 17) + (goodId.charAt(17) == '1' ? "2" : "1");
    String body =
        roster(
            "2026-11",
            List.of(
                row(Ids.residentIdBornIn(1941), tag + "一", "高龄", ""),
                row(badCheckDigit, tag + "二", "高龄", ""),
                row(Ids.residentIdBornIn(1942), tag + "三", "低保", ""),
                row(Ids.residentIdBornIn(1943), tag + "四", "五保", ""),
                Json.createObjectBuilder(row(Ids.residentIdBornIn(1945), tag + "五", "特困", ""))
                    .add("effectiveFrom", "2026-13-01")
                    .build(),
                row(Ids.residentIdBornIn(1946), tag + "六", "失能", "中度")));
    Http.Resp r = Gateway.push(g.code(), body);
    assertEquals(201, r.status(), r::toString);
    assertEquals(3, r.json().getInt("applied"));
    assertEquals(3, r.json().getInt("rejected"));
    assertEquals(3, residentsNamed(g, tag).size());
    String fileId = r.json().getString("fileId");
    JsonObject f = file(fileId);
    assertEquals(6, f.getInt("rowsTotal"));
    assertEquals(3, f.getInt("rowsRejected"));
    Http.Resp rows =
        g.staff().http().get(g.path() + "/integration/files/" + fileId + "/rejected-rows?limit=2");
    assertEquals(200, rows.status(), rows::toString);
    JsonArray page1 = rows.json().getJsonArray("items");
    assertEquals(2, page1.size());
    assertEquals(2, page1.getJsonObject(0).getInt("line"));
    assertEquals("ID_NUMBER_INVALID", page1.getJsonObject(0).getString("code"));
    assertEquals(4, page1.getJsonObject(1).getInt("line"));
    assertEquals("CATEGORY_UNKNOWN", page1.getJsonObject(1).getString("code"));
    assertTrue(page1.getJsonObject(1).getString("idMasked").contains("*"), "masked only");
    Http.Resp next =
        g.staff()
            .http()
            .get(
                g.path()
                    + "/integration/files/"
                    + fileId
                    + "/rejected-rows?limit=2&cursor="
                    + rows.json().getString("nextCursor"));
    JsonArray page2 = next.json().getJsonArray("items");
    assertEquals(1, page2.size());
    assertEquals(5, page2.getJsonObject(0).getInt("line"));
    assertEquals("DATE_INVALID", page2.getJsonObject(0).getString("code"));
    assertFalse(rows.body().contains(badCheckDigit), "never the full number");
  }

  @Test
  void aNewerRosterChangesLevelsAndEndsWhoItNoLongerLists() {
    Fixture.TestOrg buyer = PurchaseWorld.buyer("id" + Ids.suffix());
    String tag = "差" + Ids.suffix();
    String a = Ids.residentIdBornIn(1936);
    String b = Ids.residentIdBornIn(1937);
    String c = Ids.residentIdBornIn(1938);
    Http.Resp oct =
        Gateway.push(
            buyer.code(),
            roster(
                "2026-10",
                List.of(
                    row(a, tag + "甲", "失能", "轻度"),
                    row(b, tag + "乙", "低保", ""),
                    row(c, tag + "丙", "高龄", ""))));
    assertEquals(201, oct.status(), oct::toString);
    Http.Resp nov =
        Gateway.push(
            buyer.code(),
            roster("2026-11", List.of(row(a, tag + "甲", "失能", "重度"), row(c, tag + "丙", "高龄", ""))));
    assertEquals(201, nov.status(), nov::toString);
    JsonObject f =
        buyer
            .staff()
            .http()
            .get(buyer.path() + "/integration/files/" + nov.json().getString("fileId"))
            .json();
    assertEquals(0, f.getInt("added"));
    assertEquals(1, f.getInt("changed"));
    assertEquals(1, f.getInt("ended"));
    for (var v : residentsNamed(buyer, tag)) {
      JsonObject r = v.asJsonObject();
      switch (r.getString("name").substring(tag.length())) {
        case "甲" -> {
          assertEquals("DISABLED", r.getString("category"));
          assertEquals("重度", r.getString("level"));
          assertTrue(r.get("eligibleTo") == null || r.isNull("eligibleTo"), r::toString);
        }
        case "乙" -> assertEquals("2026-10-31", r.getString("eligibleTo"), r::toString);
        case "丙" -> assertTrue(r.get("eligibleTo") == null || r.isNull("eligibleTo"), r::toString);
        default -> throw new AssertionError(r);
      }
    }
  }

  @Test
  void aDeathNoticeStopsFutureOrdersAndFlagsVisitsAfterTheDeath() {
    String idNumber = Ids.residentIdBornIn(1935);
    JsonObject body =
        Json.createObjectBuilder(PurchaseWorld.residentBody("赵老" + Ids.suffix(), idNumber))
            .add("latitude", LAT)
            .add("longitude", LON)
            .build();
    String resident = PurchaseWorld.assignedResident(g, contract, body);
    LocalDate today = PurchaseWorld.today();
    String visited = PurchaseWorld.order(g, contract, resident, "CLEANING");
    Fixture.Member worker =
        Fixture.invite(
            p.admin().http(),
            p.code(),
            "w" + Ids.suffix() + "@" + p.code() + ".test",
            List.of("volunteer"));
    PurchaseWorld.checkedIn(p, worker, visited, LAT, LON);
    PurchaseWorld.checkedOut(p, worker, visited, LAT, LON);
    String future = futureOrder(resident, today.plusDays(3));

    String notice =
        Json.createObjectBuilder()
            .add("type", "DEATH")
            .add(
                "notices",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("idNumber", idNumber)
                            .add("name", "赵老")
                            .add("dateOfDeath", today.minusDays(1).toString()))
                    .add(
                        Json.createObjectBuilder()
                            .add("idNumber", Ids.residentIdBornIn(1930))
                            .add("name", "不在册")
                            .add("dateOfDeath", today.minusDays(2).toString())))
            .build()
            .toString();
    Http.Resp r = Gateway.push(g.code(), notice);
    assertEquals(201, r.status(), r::toString);
    assertEquals(1, r.json().getInt("applied"));
    assertEquals(1, r.json().getInt("rejected"), "one person is not on the roster");

    Http.Resp res = g.staff().http().get(g.path() + "/residents/" + resident);
    assertEquals("DECEASED", res.json().getString("status"), res::toString);
    assertEquals(today.minusDays(1).toString(), res.json().getString("statusOn"));
    assertEquals("CANCELLED", status(future), "the order after the death is cancelled");
    Http.Resp flags = g.admin().http().get(g.path() + "/service-orders/" + visited + "/flags");
    assertTrue(
        flags.body().contains("RESIDENT_GONE"), "the visit after the death is flagged: " + flags);

    Http.Resp again = Gateway.push(g.code(), notice);
    assertEquals(200, again.status(), "the same notice again applies nothing: " + again);
    Http.Resp rows =
        g.staff()
            .http()
            .get(
                g.path() + "/integration/files/" + r.json().getString("fileId") + "/rejected-rows");
    assertEquals(
        "RESIDENT_UNKNOWN", rows.json().getJsonArray("items").getJsonObject(0).getString("code"));
  }

  static String futureOrder(String resident, LocalDate day) {
    Http.Resp o =
        g.staff()
            .http()
            .post(
                g.path() + "/service-orders",
                Json.createObjectBuilder()
                    .add("contractId", contract)
                    .add("residentId", resident)
                    .add("itemCode", "MEAL_AID")
                    .add("serviceDate", day.toString())
                    .build());
    assertEquals(201, o.status(), o::toString);
    return o.json().getJsonObject("order").getString("id");
  }

  static String status(String order) {
    Http.Resp r = g.staff().http().get(g.path() + "/service-orders/" + order);
    assertEquals(200, r.status(), r::toString);
    return r.json().getJsonObject("order").getString("status");
  }

  @Test
  void anotherOrganizationSeesNoneOfTheFiles() {
    Http.Resp mine =
        Gateway.push(
            g.code(),
            roster(
                "2026-09",
                List.of(row(Ids.residentIdBornIn(1947), "隔离" + Ids.suffix(), "高龄", ""))));
    assertEquals(201, mine.status(), mine::toString);
    String fileId = mine.json().getString("fileId");
    Http.Resp other = p.admin().http().get(p.path() + "/integration/files/" + fileId);
    assertEquals(404, other.status(), other::toString);
    Http.Resp otherRows =
        p.admin().http().get(p.path() + "/integration/files/" + fileId + "/rejected-rows");
    assertEquals(404, otherRows.status(), otherRows::toString);
    Http.Resp list = p.admin().http().get(p.path() + "/integration/files");
    assertFalse(list.body().contains(fileId));
    Http.Resp cross = p.admin().http().get(g.path() + "/integration/files");
    assertEquals(403, cross.status(), "not a member of the buyer: " + cross);
  }
}
