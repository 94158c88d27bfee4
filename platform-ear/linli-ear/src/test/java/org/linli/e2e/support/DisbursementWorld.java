package org.linli.e2e.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Helpers for disbursements: a funded fund and requests through the public API. */
public final class DisbursementWorld {
  private DisbursementWorld() {}

  /**
   * A fund holding {@code amount} (a restricted donation 1002 / 410102 drafted by {@code maker},
   * approved by {@code checker}); returns its id.
   */
  public static String fundedFund(
      Fixture.TestOrg org, Http maker, Http checker, String name, String amount) {
    String fund = fund(org, name);
    JsonObject voucher =
        Json.createObjectBuilder()
            .add("date", "2026-01-05")
            .add("summary", "定向捐赠")
            .add(
                "lines",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("accountCode", "1002").add("debit", amount))
                    .add(
                        Json.createObjectBuilder()
                            .add("accountCode", "410102")
                            .add("credit", amount)
                            .add("fundId", fund)))
            .build();
    Http.Resp d = maker.post(org.path() + "/accounting/vouchers", voucher);
    assertEquals(201, d.status(), d::toString);
    Http.Resp p =
        checker.post(
            org.path() + "/accounting/vouchers/" + d.json().getString("id") + "/approve", null);
    assertEquals(200, p.status(), p::toString);
    return fund;
  }

  /**
   * A restricted fund with every date given (the books' fund insert binds an absent date as text
   * and fails with 500: reported to the books' owners).
   */
  public static String fund(Fixture.TestOrg org, String name) {
    Http.Resp r =
        org.admin()
            .http()
            .post(
                org.path() + "/funds",
                Json.createObjectBuilder()
                    .add("name", name)
                    .add("purpose", "社区困难家庭救助")
                    .add("restrictionPurpose", "仅用于社区困难家庭救助")
                    .add("restrictedUntil", "2030-12-31")
                    .add("budget", "50000.00")
                    .add("startDate", "2025-01-01")
                    .add("endDate", "2030-12-31")
                    .build());
    assertEquals(201, r.status(), r::toString);
    return r.json().getString("id");
  }

  public static JsonObject person(String name) {
    return Json.createObjectBuilder()
        .add("kind", "PERSON")
        .add("name", name)
        .add("idType", "RESIDENT_ID")
        .add("idNumber", Ids.residentId())
        .build();
  }

  public static JsonObject request(String fund, JsonObject beneficiary, String amount) {
    return Json.createObjectBuilder()
        .add("fundId", fund)
        .add("beneficiary", beneficiary)
        .add("purpose", "困难家庭医疗救助")
        .add("amount", amount)
        .add("evidence", Json.createArrayBuilder().add("诊断证明.pdf").add("低保证.jpg"))
        .build();
  }

  /** A pending request by {@code requester}; returns its id. */
  public static String requested(Fixture.TestOrg org, Http requester, String fund, String amount) {
    Http.Resp r =
        requester.post(org.path() + "/disbursements", request(fund, person("李四"), amount));
    assertEquals(201, r.status(), r::toString);
    return r.json().getString("id");
  }
}
