package org.linli.e2e.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Helpers for an organization's books: funds and vouchers through the public API. */
public final class AccountingWorld {
  private AccountingWorld() {}

  /** A balanced unrestricted voucher body (1.00 from 1002 to 410101). */
  public static final String VOUCHER =
      "{\"date\":\"2026-01-05\",\"summary\":\"测试\",\"lines\":["
          + "{\"accountCode\":\"1002\",\"debit\":\"1.00\"},"
          + "{\"accountCode\":\"410101\",\"credit\":\"1.00\"}]}";

  /** A draft voucher of the org admin's receiving 1.00 into the fund; returns its id. */
  public static String draftVoucher(Fixture.TestOrg org, String fundId) {
    Http.Resp r =
        org.admin()
            .http()
            .post(
                org.path() + "/accounting/vouchers",
                "{\"date\":\"2026-01-05\",\"summary\":\"定向捐赠\",\"lines\":["
                    + "{\"accountCode\":\"1002\",\"debit\":\"1.00\"},"
                    + "{\"accountCode\":\"410102\",\"credit\":\"1.00\",\"fundId\":\""
                    + fundId
                    + "\"}]}");
    Keycloak.expect(r, 201);
    return r.json().getString("id");
  }

  /** Creates a fund as the org admin; returns its id. */
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
                    .add("budget", "50000.00")
                    .build());
    Keycloak.expect(r, 201);
    return r.json().getString("id");
  }

  public static JsonObject fundView(Http http, Fixture.TestOrg org, String fundId) {
    Http.Resp r = http.get(org.path() + "/funds/" + fundId);
    Keycloak.expect(r, 200);
    return r.json();
  }
}
