package org.linli.e2e.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Helpers for an organization's books: funds and vouchers through the public API. */
public final class AccountingWorld {
  private AccountingWorld() {}

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
