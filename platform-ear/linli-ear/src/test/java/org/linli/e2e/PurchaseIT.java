package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Db;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.PurchaseWorld;
import org.linli.e2e.support.TestEnv;

/**
 * Government service purchase, part A, over real HTTP: a buyer G contracts providers P1 and P2; a
 * second buyer G2 contracts nobody. Contracts travel as each side's own copy; residents and orders
 * reach only the provider of their contract; bad input is refused with nothing written.
 */
class PurchaseIT {
  static final Fixture fx = Fixture.get();
  static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** The smallest valid PNG (1x1). */
  static final byte[] PNG =
      HexFormat.of()
          .parseHex(
              "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                  + "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082");

  static Fixture.TestOrg g;
  static Fixture.TestOrg g2;
  static Fixture.TestOrg p1;
  static Fixture.TestOrg p2;
  static String contract1;
  static String contract2;

  @BeforeAll
  static void buyersAndProviders() {
    g = PurchaseWorld.buyer("pg" + Ids.suffix());
    g2 = PurchaseWorld.buyer("ph" + Ids.suffix());
    p1 = fx.createOrg("pp" + Ids.suffix());
    p2 = fx.createOrg("pq" + Ids.suffix());
    contract1 = PurchaseWorld.activeContract(g, p1);
    contract2 = PurchaseWorld.activeContract(g, p2);
  }

  /** The buyer's auditor (a buyer's third member sits where a provider keeps its volunteer). */
  static Fixture.Member auditor() {
    return g.volunteer();
  }

  static String contracts(Fixture.TestOrg o) {
    return o.path() + "/contracts";
  }

  static String orders(Fixture.TestOrg o) {
    return o.path() + "/service-orders";
  }

  static Http.Resp draftWith(JsonObject body) {
    return g.admin().http().post(contracts(g), body);
  }

  static JsonObject withItemPrice(String price) {
    JsonObject d = PurchaseWorld.draft(p1.code(), "BAD-" + Ids.suffix());
    return Json.createObjectBuilder(d)
        .add(
            "items",
            Json.createArrayBuilder()
                .add(PurchaseWorld.item("MEAL_AID", "助餐", "MEAL", price, 10, 0)))
        .build();
  }

  @Test
  void badContractsAreRefusedAndNothingIsWritten() {
    long before = Db.count("purchase_contract");
    Http.Resp zero = draftWith(withItemPrice("0.00"));
    assertEquals(400, zero.status(), zero::toString);
    assertEquals("INVALID_AMOUNT", zero.code());
    Http.Resp threeDecimals = draftWith(withItemPrice("1.234"));
    assertEquals(400, threeDecimals.status(), threeDecimals::toString);
    assertEquals("INVALID_AMOUNT", threeDecimals.code());
    Http.Resp negative = draftWith(withItemPrice("-5.00"));
    assertEquals(400, negative.status(), negative::toString);
    LocalDate start = PurchaseWorld.today();
    Http.Resp tooLong =
        draftWith(
            Json.createObjectBuilder(PurchaseWorld.draft(p1.code(), "LONG-" + Ids.suffix()))
                .add("termStart", start.toString())
                .add("termEnd", start.plusYears(1).toString())
                .build());
    assertEquals(400, tooLong.status(), tooLong::toString);
    assertEquals("TERM_TOO_LONG", tooLong.code());
    Http.Resp recurringTooLong =
        draftWith(
            Json.createObjectBuilder(PurchaseWorld.draft(p1.code(), "LONG-" + Ids.suffix()))
                .add("recurring", true)
                .add("termStart", start.toString())
                .add("termEnd", start.plusYears(3).toString())
                .build());
    assertEquals("TERM_TOO_LONG", recurringTooLong.code(), recurringTooLong::toString);
    Http.Resp recurringTwoYears =
        draftWith(
            Json.createObjectBuilder(PurchaseWorld.draft(p1.code(), "REC-" + Ids.suffix()))
                .add("recurring", true)
                .add("termStart", start.toString())
                .add("termEnd", start.plusYears(2).toString())
                .build());
    assertEquals(201, recurringTwoYears.status(), recurringTwoYears::toString);
    Http.Resp notABuyer =
        p1.admin().http().post(contracts(p1), PurchaseWorld.draft(p2.code(), "NB-" + Ids.suffix()));
    assertEquals(422, notABuyer.status(), notABuyer::toString);
    assertEquals("NOT_A_BUYER", notABuyer.code());
    Http.Resp unknownProvider = draftWith(PurchaseWorld.draft("no-such-org", "U-" + Ids.suffix()));
    assertEquals(422, unknownProvider.status(), unknownProvider::toString);
    assertEquals("PROVIDER_NOT_FOUND", unknownProvider.code());
    Http.Resp governmentProvider = draftWith(PurchaseWorld.draft(g2.code(), "GG-" + Ids.suffix()));
    assertEquals("PROVIDER_NOT_FOUND", governmentProvider.code(), governmentProvider::toString);
    assertEquals(before + 1, Db.count("purchase_contract"), "only the valid draft was written");
  }

  @Test
  void aContractTravelsAsEachSidesOwnCopy() {
    Http b = g.admin().http();
    String number = "GLMZ-" + Ids.suffix();
    Http.Resp drafted = b.post(contracts(g), PurchaseWorld.draft(p1.code(), number));
    assertEquals(201, drafted.status(), drafted::toString);
    String id = drafted.json().getJsonObject("contract").getString("id");
    assertEquals("DRAFT", drafted.json().getJsonObject("contract").getString("status"));
    assertEquals(
        "40.00",
        drafted
            .json()
            .getJsonArray("versions")
            .getJsonObject(0)
            .getJsonArray("items")
            .getJsonObject(1)
            .getString("unitPrice"));
    Http.Resp again = b.post(contracts(g), PurchaseWorld.draft(p1.code(), number));
    assertEquals(409, again.status(), again::toString);
    assertEquals("CONTRACT_NUMBER_TAKEN", again.code());
    Http p = p1.admin().http();
    assertEquals(404, p.get(contracts(p1) + "/" + id).status(), "a draft stays with the buyer");
    Http.Resp early = p.post(contracts(p1) + "/" + id + "/accept", null);
    assertEquals(404, early.status(), early::toString);
    Http.Resp submitted = b.post(contracts(g) + "/" + id + "/submit", null);
    assertEquals("PROPOSED", submitted.json().getJsonObject("contract").getString("status"));
    Http.Resp copy = p.get(contracts(p1) + "/" + id);
    assertEquals(200, copy.status(), copy::toString);
    assertEquals("PROVIDER", copy.json().getJsonObject("contract").getString("side"));
    assertEquals("PROPOSED", copy.json().getJsonObject("contract").getString("status"));
    assertEquals(number, copy.json().getJsonObject("contract").getString("number"));
    Http.Resp buyerAccepts = b.post(contracts(g) + "/" + id + "/accept", null);
    assertEquals(422, buyerAccepts.status(), buyerAccepts::toString);
    assertEquals("CONTRACT_PROVIDER_ONLY", buyerAccepts.code());
    Http.Resp staffAccepts = p1.staff().http().post(contracts(p1) + "/" + id + "/accept", null);
    assertEquals(403, staffAccepts.status(), "only the provider's org admin accepts");
    Http.Resp accepted = p.post(contracts(p1) + "/" + id + "/accept", null);
    assertEquals(200, accepted.status(), accepted::toString);
    assertEquals(
        "ACTIVE",
        b.get(contracts(g) + "/" + id).json().getJsonObject("contract").getString("status"));
    Http.Resp twice = p.post(contracts(p1) + "/" + id + "/accept", null);
    assertEquals(409, twice.status(), twice::toString);

    // An amendment is a new version with its own start; it applies once the provider accepts.
    LocalDate from = PurchaseWorld.today().withDayOfMonth(1).plusMonths(1);
    JsonObject amendment =
        Json.createObjectBuilder()
            .add("effectiveFrom", from.toString())
            .add("totalAmount", "110000.00")
            .add("note", "增加精神慰藉")
            .add(
                "items",
                Json.createArrayBuilder()
                    .add(PurchaseWorld.item("MEAL_AID", "助餐", "MEAL", "15.00", 1000, 0))
                    .add(PurchaseWorld.item("CLEANING", "助洁", "HOUR", "40.00", 500, 60))
                    .add(PurchaseWorld.item("COMFORT", "精神慰藉", "VISIT", "50.00", 200, 30)))
            .build();
    Http.Resp amended = b.post(contracts(g) + "/" + id + "/amendments", amendment);
    assertEquals(200, amended.status(), amended::toString);
    assertEquals(1, amended.json().getJsonObject("contract").getInt("currentVersion"), "proposed");
    Http.Resp acceptedAmendment = p.post(contracts(p1) + "/" + id + "/amendments/2/accept", null);
    assertEquals(200, acceptedAmendment.status(), acceptedAmendment::toString);
    assertEquals(2, acceptedAmendment.json().getJsonObject("contract").getInt("currentVersion"));
    JsonArray providerVersions = p.get(contracts(p1) + "/" + id).json().getJsonArray("versions");
    assertEquals(2, providerVersions.size());
    assertEquals(3, providerVersions.getJsonObject(1).getJsonArray("items").size());
    assertEquals(
        "110000.00",
        p.get(contracts(p1) + "/" + id).json().getJsonObject("contract").getString("totalAmount"));

    // Published: readable without login, the buyer's copy only.
    Http anon = Http.anonymous();
    String pub = "/api/v1/public/purchase-contracts/";
    assertEquals(404, anon.get(pub + g.code() + "/" + id).status(), "not published yet");
    Http.Resp published = b.post(contracts(g) + "/" + id + "/publication", "{\"published\":true}");
    assertEquals(200, published.status(), published::toString);
    Http.Resp open = anon.get(pub + g.code() + "/" + id);
    assertEquals(200, open.status(), open::toString);
    assertEquals(number, open.json().getJsonObject("contract").getString("number"));
    assertTrue(anon.get(pub + g.code()).body().contains(id));
    assertEquals(404, anon.get(pub + p1.code() + "/" + id).status(), "no provider copy in public");

    // Terminated: the history stays on both sides.
    Http.Resp terminated =
        b.post(
            contracts(g) + "/" + id + "/terminate",
            "{\"terminatedOn\":\"" + PurchaseWorld.today() + "\",\"reason\":\"预算调整\"}");
    assertEquals(200, terminated.status(), terminated::toString);
    JsonObject after = p.get(contracts(p1) + "/" + id).json();
    assertEquals("TERMINATED", after.getJsonObject("contract").getString("status"));
    assertEquals(2, after.getJsonArray("versions").size());
    Http.Resp amendTerminated = b.post(contracts(g) + "/" + id + "/amendments", amendment);
    assertEquals(409, amendTerminated.status(), amendTerminated::toString);
  }

  @Test
  void aProviderDeclinesWithAReason() {
    Http b = g.admin().http();
    String id =
        b.post(contracts(g), PurchaseWorld.draft(p2.code(), "D-" + Ids.suffix()))
            .json()
            .getJsonObject("contract")
            .getString("id");
    b.post(contracts(g) + "/" + id + "/submit", null);
    Http.Resp noReason = p2.admin().http().post(contracts(p2) + "/" + id + "/decline", "{}");
    assertEquals(400, noReason.status(), noReason::toString);
    assertEquals("REASON_REQUIRED", noReason.code());
    Http.Resp declined =
        p2.admin().http().post(contracts(p2) + "/" + id + "/decline", "{\"reason\":\"人手不足\"}");
    assertEquals(200, declined.status(), declined::toString);
    JsonObject mine = b.get(contracts(g) + "/" + id).json().getJsonObject("contract");
    assertEquals("DECLINED", mine.getString("status"));
    assertEquals("人手不足", mine.getString("declineReason"));
  }

  @Test
  void residentsAreMaskedImportedAllOrNothingAndReachOnlyTheirProvider() {
    Http s = g.staff().http();
    String idNumber = Ids.residentIdBornIn(1938);
    Http.Resp r = s.post(g.path() + "/residents", PurchaseWorld.residentBody("李爷爷", idNumber));
    assertEquals(201, r.status(), r::toString);
    String masked = r.json().getString("idNumberMasked");
    assertFalse(r.body().contains(idNumber), "the ID number is never answered");
    assertTrue(masked.contains("*"), masked);
    Http.Resp dup = s.post(g.path() + "/residents", PurchaseWorld.residentBody("李爷爷", idNumber));
    assertEquals(409, dup.status(), dup::toString);
    assertEquals("RESIDENT_EXISTS", dup.code());
    JsonObject far =
        Json.createObjectBuilder(PurchaseWorld.residentBody("赵", Ids.residentIdBornIn(1940)))
            .add("latitude", 91)
            .build();
    Http.Resp badLat = s.post(g.path() + "/residents", far);
    assertEquals(400, badLat.status(), badLat::toString);
    assertEquals("INVALID_LATITUDE", badLat.code());

    // CSV import: a bad line fails the file, nothing is written.
    String header =
        "name,idNumber,phone,address,latitude,longitude,category,level,eligibleFrom,eligibleTo\n";
    String good1 =
        "张三,"
            + Ids.residentIdBornIn(1941)
            + ",,\"鼓楼区中山路 2 号, 3 单元\",32.06,118.78,ELDERLY,,2026-01-01,\n";
    String good2 = "李四," + Ids.residentIdBornIn(1942) + ",,鼓楼区 5 号,,,DIBAO,,2026-01-01,\n";
    String bad = "王五,110101194301011234,,鼓楼区 6 号,,,DIBAO,,2026-01-01,\n";
    long before = Db.count("purchase_resident");
    Http csv = s.header("Content-Type", "text/csv");
    Http.Resp refused = csv.post(g.path() + "/residents/import", header + good1 + bad);
    assertEquals(400, refused.status(), refused::toString);
    assertEquals("IMPORT_ROW_INVALID", refused.code());
    assertEquals(before, Db.count("purchase_resident"), "nothing of the file was written");
    Http.Resp imported = csv.post(g.path() + "/residents/import", header + good1 + good2);
    assertEquals(200, imported.status(), imported::toString);
    assertEquals(2, imported.json().getInt("imported"));
    Http.Resp noHeader = csv.post(g.path() + "/residents/import", good1);
    assertEquals("IMPORT_HEADER_INVALID", noHeader.code(), noHeader::toString);

    // Assigned to contract 1: P1 sees minimal fields, P2 and G2 see nothing.
    String resident = r.json().getString("id");
    Http.Resp assigned =
        s.post(
            contracts(g) + "/" + contract1 + "/residents", "{\"residentId\":\"" + resident + "\"}");
    assertEquals(201, assigned.status(), assigned::toString);
    Http.Resp seen = p1.staff().http().get(contracts(p1) + "/" + contract1 + "/residents");
    assertEquals(200, seen.status(), seen::toString);
    assertTrue(seen.body().contains("李爷爷"), seen::toString);
    assertFalse(seen.body().contains("personId"), "the provider's copy has no person id");
    assertFalse(seen.body().contains("phone"), "nor a phone");
    assertEquals(
        404, p2.admin().http().get(contracts(p2) + "/" + contract1 + "/residents").status());
    assertEquals(
        404, g2.admin().http().get(contracts(g2) + "/" + contract1 + "/residents").status());
    assertEquals(
        0,
        p1.admin().http().get(p1.path() + "/residents").json().getJsonArray("items").size(),
        "the provider keeps no roster of the buyer's");
    assertEquals(404, p1.admin().http().get(p1.path() + "/residents/" + resident).status());

    // A death is recorded with its date and followed on the provider's copy.
    Http.Resp future =
        s.post(
            g.path() + "/residents/" + resident + "/status",
            "{\"status\":\"DECEASED\",\"effectiveOn\":\""
                + PurchaseWorld.today().plusDays(3)
                + "\"}");
    assertEquals(400, future.status(), future::toString);
    assertEquals("STATUS_DATE_INVALID", future.code());
    Http.Resp died =
        s.post(
            g.path() + "/residents/" + resident + "/status",
            "{\"status\":\"DECEASED\",\"effectiveOn\":\""
                + PurchaseWorld.today().minusDays(1)
                + "\",\"note\":\"家属告知\"}");
    assertEquals(200, died.status(), died::toString);
    assertEquals("DECEASED", died.json().getString("status"));
    assertTrue(
        p1.staff()
            .http()
            .get(contracts(p1) + "/" + contract1 + "/residents")
            .body()
            .contains("\"status\":\"DECEASED\""));
  }

  @Test
  void aContractsResidentsAreFoundByPartOfTheNameOrTheIdNumbersEndPageByPage() {
    String c = PurchaseWorld.activeContract(g, p1);
    String tag = "搜" + Ids.suffix();
    String id1 = Ids.residentIdBornIn(1939);
    String first = PurchaseWorld.assignedResident(g, c, PurchaseWorld.residentBody(tag + "甲", id1));
    String second =
        PurchaseWorld.assignedResident(
            g, c, PurchaseWorld.residentBody(tag + "乙", Ids.residentIdBornIn(1944)));
    PurchaseWorld.assignedResident(
        g, c, PurchaseWorld.residentBody("他人", Ids.residentIdBornIn(1946)));
    String path = contracts(g) + "/" + c + "/residents";
    Http s = g.staff().http();

    // A part of the name, one per page: both, and nothing else.
    Http.Resp page1 = s.get(path + "?limit=1&q=" + enc(tag));
    assertEquals(200, page1.status(), page1::toString);
    assertEquals(1, page1.json().getJsonArray("items").size(), page1::toString);
    String cursor = page1.json().getString("nextCursor");
    Http.Resp page2 = s.get(path + "?limit=1&q=" + enc(tag) + "&cursor=" + enc(cursor));
    assertEquals(1, page2.json().getJsonArray("items").size(), page2::toString);
    java.util.Set<String> found =
        java.util.Set.of(
            page1.json().getJsonArray("items").getJsonObject(0).getString("residentId"),
            page2.json().getJsonArray("items").getJsonObject(0).getString("residentId"));
    assertEquals(java.util.Set.of(first, second), found);
    assertTrue(page2.json().isNull("nextCursor"), page2::toString);

    // The ID number's last four (as the masked number shows them), on either side's copy.
    String end = id1.substring(14);
    for (Http.Resp byEnd :
        java.util.List.of(
            s.get(path + "?q=" + end),
            p1.staff().http().get(contracts(p1) + "/" + c + "/residents?q=" + end))) {
      assertEquals(200, byEnd.status(), byEnd::toString);
      JsonArray items = byEnd.json().getJsonArray("items");
      assertTrue(
          items.stream().anyMatch(v -> v.asJsonObject().getString("residentId").equals(first)),
          byEnd::toString);
      items.forEach(
          v ->
              assertTrue(
                  v.asJsonObject().getString("idNumberMasked").endsWith(end), byEnd::toString));
      assertFalse(byEnd.body().contains(id1), "the full number is never answered");
    }
    // Digits the masked number hides find no one (privacy): only the last four count.
    String hidden = id1.substring(8, 12);
    if (!hidden.equals(end)) {
      Http.Resp middle = s.get(path + "?q=" + hidden);
      assertFalse(middle.body().contains(first), middle::toString);
    }

    Http.Resp tooLongQuery = s.get(path + "?q=" + enc("长".repeat(51)));
    assertEquals(400, tooLongQuery.status(), tooLongQuery::toString);
    assertEquals("QUERY_TOO_LONG", tooLongQuery.code());
  }

  static String enc(String v) {
    return java.net.URLEncoder.encode(v, StandardCharsets.UTF_8);
  }

  static HttpResponse<String> upload(Fixture.Member who, String path, String type, byte[] data) {
    try {
      HttpRequest req =
          HttpRequest.newBuilder(URI.create(TestEnv.baseUrl() + path))
              .timeout(Duration.ofSeconds(60))
              .header("Authorization", "Bearer " + who.token())
              .header("Content-Type", type)
              .POST(HttpRequest.BodyPublishers.ofByteArray(data))
              .build();
      HttpResponse<String> resp = CLIENT.send(req, HttpResponse.BodyHandlers.ofString());
      Http.holdToContract("POST", TestEnv.baseUrl() + path, resp);
      return resp;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String code(HttpResponse<String> r) {
    return Json.createReader(new java.io.StringReader(r.body())).readObject().getString("code");
  }

  @Test
  void anOrderIsDeliveredWithEvidenceAndBadInputWritesNothing() throws Exception {
    String resident = PurchaseWorld.assignedResident(g, contract1);
    JsonObject created = PurchaseWorld.order(g, contract1, resident);
    String id = created.getJsonObject("order").getString("id");
    String code = created.getString("confirmationCode");
    assertEquals("PENDING_DISPATCH", created.getJsonObject("order").getString("status"));
    JsonObject other = PurchaseWorld.order(g, contract1, resident);
    String otherCode = other.getString("confirmationCode");

    // Not on the contract / not an item.
    Http.Resp notOn =
        g.staff()
            .http()
            .post(
                orders(g),
                Json.createObjectBuilder()
                    .add("contractId", contract2)
                    .add("residentId", resident)
                    .add("itemCode", "CLEANING")
                    .add("serviceDate", PurchaseWorld.today().toString())
                    .build());
    assertEquals(422, notOn.status(), notOn::toString);
    assertEquals("RESIDENT_NOT_ON_CONTRACT", notOn.code());

    Http provider = p1.staff().http();
    String worker = p1.volunteer().personId();
    Http.Resp outsider =
        provider.post(
            orders(p1) + "/" + id + "/assign",
            "{\"workerPersonId\":\"" + g.admin().personId() + "\"}");
    assertEquals(422, outsider.status(), outsider::toString);
    assertEquals("WORKER_NOT_MEMBER", outsider.code());
    Http.Resp assigned =
        provider.post(orders(p1) + "/" + id + "/assign", "{\"workerPersonId\":\"" + worker + "\"}");
    assertEquals(200, assigned.status(), assigned::toString);
    assertEquals("DISPATCHED", assigned.json().getJsonObject("order").getString("status"));
    Http w = p1.volunteer().http();
    assertTrue(w.get(orders(p1) + "/mine").body().contains(id), "the worker's list");
    assertEquals(200, w.post(orders(p1) + "/" + id + "/accept", null).status());

    // Check-out before check-in, a latitude beyond 90: refused, nothing written.
    long transitions = Db.count("purchase_order_transition");
    long evidence = Db.count("purchase_evidence");
    Http.Resp early =
        w.post(orders(p1) + "/" + id + "/check-out", "{\"latitude\":32.066,\"longitude\":118.783}");
    assertEquals(409, early.status(), early::toString);
    assertEquals("ORDER_NOT_IN_SERVICE", early.code());
    Http.Resp lat =
        w.post(orders(p1) + "/" + id + "/check-in", "{\"latitude\":90.5,\"longitude\":118.783}");
    assertEquals(400, lat.status(), lat::toString);
    assertEquals("INVALID_LATITUDE", lat.code());
    Http.Resp notWorker =
        p1.staff()
            .http()
            .post(orders(p1) + "/" + id + "/check-in", "{\"latitude\":32.0,\"longitude\":118.7}");
    assertEquals(403, notWorker.status(), notWorker::toString);
    assertEquals(transitions, Db.count("purchase_order_transition"));
    assertEquals(evidence, Db.count("purchase_evidence"));

    Http.Resp in =
        w.post(orders(p1) + "/" + id + "/check-in", "{\"latitude\":32.067,\"longitude\":118.783}");
    assertEquals(200, in.status(), in::toString);
    JsonObject checkIn = in.json().getJsonObject("order").getJsonObject("checkIn");
    int distance = checkIn.getInt("distanceMetres");
    assertTrue(distance > 100 && distance < 120, "about 111 m north: " + distance);

    // Photos: not an image, a lie about the type, over 10 MB: refused; a PNG is hashed.
    evidence = Db.count("purchase_evidence");
    String photos = orders(p1) + "/" + id + "/photos";
    HttpResponse<String> text =
        upload(
            p1.volunteer(), photos, "image/png", "not an image".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, text.statusCode(), text.body());
    assertEquals("PHOTO_NOT_AN_IMAGE", code(text));
    HttpResponse<String> pdf = upload(p1.volunteer(), photos, "application/pdf", PNG);
    assertEquals("PHOTO_NOT_AN_IMAGE", code(pdf));
    byte[] huge = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(PNG, 0, huge, 0, PNG.length);
    HttpResponse<String> big = upload(p1.volunteer(), photos, "image/png", huge);
    assertEquals(400, big.statusCode(), big.body());
    assertEquals("PHOTO_TOO_LARGE", code(big));
    assertEquals(evidence, Db.count("purchase_evidence"));
    assertEquals(0, Db.count("purchase_order_photo WHERE order_id = '" + id + "'"));
    HttpResponse<String> photo = upload(p1.volunteer(), photos + "?stage=BEFORE", "image/png", PNG);
    assertEquals(200, photo.statusCode(), photo.body());
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PNG));
    assertTrue(photo.body().contains(sha), "the photo's SHA-256 is on the evidence");
    assertEquals(409, upload(p1.volunteer(), photos, "image/png", PNG).statusCode());

    // The resident's code: another order's code never fits; a code works once.
    Http.Resp replayed =
        w.post(orders(p1) + "/" + id + "/confirmation", "{\"code\":\"" + otherCode + "\"}");
    assertEquals(422, replayed.status(), replayed::toString);
    assertEquals("CONFIRMATION_CODE_INVALID", replayed.code());
    Http.Resp confirmed =
        w.post(orders(p1) + "/" + id + "/confirmation", "{\"code\":\"" + code + "\"}");
    assertEquals(200, confirmed.status(), confirmed::toString);
    Http.Resp again =
        w.post(orders(p1) + "/" + id + "/confirmation", "{\"code\":\"" + code + "\"}");
    assertEquals(409, again.status(), again::toString);
    assertEquals("ORDER_ALREADY_CONFIRMED", again.code());

    Http.Resp out =
        w.post(orders(p1) + "/" + id + "/check-out", "{\"latitude\":32.066,\"longitude\":118.783}");
    assertEquals(200, out.status(), out::toString);
    assertEquals("COMPLETED", out.json().getJsonObject("order").getString("status"));
    assertEquals(
        0, out.json().getJsonObject("order").getJsonObject("checkOut").getInt("distanceMetres"));

    Http.Resp badScore =
        g.staff().http().post(orders(g) + "/" + id + "/follow-up", "{\"satisfaction\":6}");
    assertEquals(400, badScore.status(), badScore::toString);
    Http.Resp rated =
        g.staff()
            .http()
            .post(orders(g) + "/" + id + "/follow-up", "{\"satisfaction\":5,\"note\":\"满意\"}");
    assertEquals(200, rated.status(), rated::toString);

    // Both copies hold every transition and the same evidence.
    JsonObject buyerView = auditor().http().get(orders(g) + "/" + id).json();
    JsonObject providerView = p1.admin().http().get(orders(p1) + "/" + id).json();
    assertEquals("RATED", buyerView.getJsonObject("order").getString("status"));
    assertEquals(5, buyerView.getJsonObject("order").getInt("satisfaction"));
    assertEquals(6, buyerView.getJsonArray("transitions").size());
    assertEquals(
        "PENDING_DISPATCH", buyerView.getJsonArray("transitions").getJsonObject(0).getString("to"));
    assertNotNull(buyerView.getJsonArray("transitions").getJsonObject(1).getString("actor"));
    assertEquals(buyerView.getJsonArray("evidence"), providerView.getJsonArray("evidence"));
    assertEquals(5, buyerView.getJsonArray("evidence").size(), "in, photo, code, out, 回访");

    // The digest the buyer keeps verifies; a changed entry is found.
    JsonObject digest =
        auditor().http().get(contracts(g) + "/" + contract1 + "/evidence/digest").json();
    assertTrue(digest.getInt("lastSeq") >= 5);
    JsonObject kept =
        Json.createObjectBuilder()
            .add("lastSeq", digest.getInt("lastSeq"))
            .add("lastHash", digest.getString("lastHash"))
            .build();
    JsonObject check =
        auditor().http().post(contracts(g) + "/" + contract1 + "/evidence/verify", kept).json();
    assertTrue(check.getBoolean("intact"), check::toString);
    assertTrue(check.getBoolean("matches"), check::toString);
    JsonObject wrong = Json.createObjectBuilder(kept).add("lastHash", "0".repeat(64)).build();
    assertFalse(
        auditor()
            .http()
            .post(contracts(g) + "/" + contract1 + "/evidence/verify", wrong)
            .json()
            .getBoolean("matches"));
    try (Connection c = DriverManager.getConnection(TestEnv.jdbcUrl(), "postgres", "")) {
      c.createStatement()
          .executeUpdate(
              "UPDATE purchase_evidence SET body = replace(body, '\"satisfaction\":5',"
                  + " '\"satisfaction\":1') WHERE tenant_id = '"
                  + g.code()
                  + "' AND order_id = '"
                  + id
                  + "' AND kind = 'FOLLOW_UP'");
    }
    JsonObject tampered =
        auditor().http().post(contracts(g) + "/" + contract1 + "/evidence/verify", kept).json();
    assertFalse(tampered.getBoolean("intact"), tampered::toString);
    assertFalse(tampered.isNull("firstBrokenSeq"));
    assertTrue(
        p1.admin()
            .http()
            .post(contracts(p1) + "/" + contract1 + "/evidence/verify", kept)
            .json()
            .getBoolean("intact"),
        "the provider's copy still proves the original");
  }

  @Test
  void cancelAndNoShowEndAnOrder() {
    String resident = PurchaseWorld.assignedResident(g, contract1);
    String a = PurchaseWorld.order(g, contract1, resident).getJsonObject("order").getString("id");
    String b = PurchaseWorld.order(g, contract1, resident).getJsonObject("order").getString("id");
    Http.Resp providerCancels = p1.staff().http().post(orders(p1) + "/" + a + "/cancel", null);
    assertEquals(422, providerCancels.status(), providerCancels::toString);
    assertEquals("ORDER_BUYER_ONLY", providerCancels.code());
    assertEquals(200, g.staff().http().post(orders(g) + "/" + a + "/cancel", null).status());
    assertEquals(
        "CANCELLED",
        p1.staff()
            .http()
            .get(orders(p1) + "/" + a)
            .json()
            .getJsonObject("order")
            .getString("status"));
    Http.Resp cancelAgain = g.staff().http().post(orders(g) + "/" + a + "/cancel", null);
    assertEquals(409, cancelAgain.status(), cancelAgain::toString);
    assertEquals("ORDER_STATUS_CONFLICT", cancelAgain.code());
    p1.staff()
        .http()
        .post(
            orders(p1) + "/" + b + "/assign",
            "{\"workerPersonId\":\"" + p1.volunteer().personId() + "\"}");
    Http.Resp noShow = p1.staff().http().post(orders(p1) + "/" + b + "/no-show", null);
    assertEquals(200, noShow.status(), noShow::toString);
    assertEquals(
        "NO_SHOW",
        g.staff()
            .http()
            .get(orders(g) + "/" + b)
            .json()
            .getJsonObject("order")
            .getString("status"));
  }

  @Test
  void noBuyerOrProviderSeesWhatIsNotItsOwn() {
    String resident = PurchaseWorld.assignedResident(g, contract1);
    String order =
        PurchaseWorld.order(g, contract1, resident).getJsonObject("order").getString("id");
    // A buyer probing a provider it has no contract with.
    Http other = g2.admin().http();
    assertEquals(404, other.get(contracts(g2) + "/" + contract1).status());
    assertEquals(404, other.get(orders(g2) + "/" + order).status());
    assertEquals(0, other.get(contracts(g2)).json().getJsonArray("items").size());
    assertEquals(0, other.get(orders(g2)).json().getJsonArray("items").size());
    Http.Resp theirPath = other.get(contracts(p1) + "/" + contract1);
    assertEquals(403, theirPath.status(), theirPath::toString);
    assertEquals("NOT_A_MEMBER", theirPath.code());
    // A provider probing another provider's orders under the same buyer.
    Http p = p2.admin().http();
    Http.Resp probe = p.get(orders(p2) + "/" + order);
    assertEquals(404, probe.status(), probe::toString);
    assertEquals("ORDER_NOT_FOUND", probe.code());
    Http.Resp assign =
        p.post(
            orders(p2) + "/" + order + "/assign",
            "{\"workerPersonId\":\"" + p2.volunteer().personId() + "\"}");
    assertEquals(404, assign.status(), assign::toString);
    assertFalse(p.get(orders(p2)).body().contains(order));
    assertEquals(404, p.get(contracts(p2) + "/" + contract1).status());
    assertEquals(404, p.get(contracts(p2) + "/" + contract1 + "/evidence/digest").status());
    // A worker sees only their own orders.
    Http.Resp notMine = p1.volunteer().http().get(orders(p1) + "/" + order);
    assertEquals(404, notMine.status(), notMine::toString);
  }
}
