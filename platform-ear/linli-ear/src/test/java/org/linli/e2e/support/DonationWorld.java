package org.linli.e2e.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Donors, donations and receipts of one organization through the API, as its admin. */
public final class DonationWorld {
  public final Fixture.TestOrg org;
  public final Http admin;

  public DonationWorld(Fixture.TestOrg org) {
    this.org = org;
    this.admin = org.admin().http();
  }

  public String donations() {
    return org.path() + "/donations";
  }

  public String receipts() {
    return org.path() + "/receipts";
  }

  /** A value-moving POST with a fresh Idempotency-Key. */
  public Http.Resp postOnce(String path, Object body) {
    return admin.header("Idempotency-Key", "k-" + UUID.randomUUID()).post(path, body);
  }

  public String company(String name) {
    Http.Resp r =
        admin.post(
            donations() + "/donors",
            Json.createObjectBuilder()
                .add("kind", "COMPANY")
                .add("name", name)
                .add("creditCode", Ids.creditCode('1'))
                .build());
    Keycloak.expect(r, 201);
    return r.json().getString("id");
  }

  public String person(String name) {
    Http.Resp r =
        admin.post(
            donations() + "/donors",
            Json.createObjectBuilder()
                .add("kind", "INDIVIDUAL")
                .add("name", name)
                .add("idNumber", Ids.residentId())
                .build());
    Keycloak.expect(r, 201);
    return r.json().getString("id");
  }

  public static JsonObjectBuilder cash(String donorId, String amount, String date) {
    return Json.createObjectBuilder()
        .add("kind", "CASH")
        .add("donorId", donorId)
        .add("amount", amount)
        .add("date", date)
        .add("channel", "BANK")
        .add("reference", "银行流水 " + Ids.suffix());
  }

  public JsonObject give(JsonObjectBuilder body) {
    Http.Resp r = postOnce(donations(), body.build());
    Keycloak.expect(r, 201);
    return r.json();
  }

  /** The voucher's lines as "code Dr amount [fund]" or "code Cr amount [fund]", in line order. */
  public List<String> journal(String voucherId) {
    Http.Resp r = admin.get(org.path() + "/accounting/vouchers/" + voucherId);
    Keycloak.expect(r, 200);
    List<String> lines = new ArrayList<>();
    for (var v : r.json().getJsonArray("lines")) {
      JsonObject l = v.asJsonObject();
      lines.add(
          l.getString("accountCode")
              + (absent(l, "debit") ? "" : " Dr " + l.getString("debit"))
              + (absent(l, "credit") ? "" : " Cr " + l.getString("credit"))
              + (absent(l, "fundId") ? "" : " " + l.getString("fundId")));
    }
    return lines;
  }

  /** Null members are left out of the answers (JSON-B), so "null" is "absent or null". */
  public static boolean absent(JsonObject o, String name) {
    return !o.containsKey(name) || o.isNull(name);
  }

  /** Registers a receipt series; returns its id. */
  public String series(String code, long first, long last) {
    Http.Resp r =
        admin.post(
            receipts() + "/series",
            Json.createObjectBuilder()
                .add("receiptCode", code)
                .add("firstNo", first)
                .add("lastNo", last)
                .build());
    assertEquals(201, r.status(), r::toString);
    return r.json().getString("id");
  }

  public Http.Resp issue(String donationId, String seriesId) {
    JsonObjectBuilder body = Json.createObjectBuilder().add("donationId", donationId);
    if (seriesId != null) {
      body.add("seriesId", seriesId);
    }
    return postOnce(receipts(), body.build());
  }
}
