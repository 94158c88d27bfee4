package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;

/**
 * 第十条's adjustment of 上年总收入 over HTTP, on real books (the worked example of ADR 0014, in 万): last
 * year 100 unrestricted, 20 into a fund restricted until the end of this year (could not be used
 * last year: out), 3 into a fund restricted until last 30 June that also held 5 from the year
 * before and released all 8 on 1 July (the 5 joins, the 3 is not counted twice): 123 − 20 + 5 =
 * 108.
 */
class ComplianceTimeRestrictionIT {
  static final Fixture fx = Fixture.get();
  static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

  @Test
  void priorYearIncomeLeavesOutTimeLockedGiftsAndAddsTimeReleases() {
    Fixture.TestOrg org = fx.createOrg("cmt-" + Ids.suffix());
    Http admin = org.admin().http();
    Http finance =
        Fixture.invite(admin, org.code(), "fin@" + org.code() + ".test", List.of("finance")).http();
    String locked = fund(admin, org, "定期基金 " + Ids.suffix(), LocalDate.of(YEAR, 12, 31));
    String lapsing = fund(admin, org, "半年基金 " + Ids.suffix(), LocalDate.of(YEAR - 1, 6, 30));
    int last = YEAR - 1;
    post(admin, finance, org, LocalDate.of(last - 1, 10, 1), "410102", "50000.00", lapsing);
    post(admin, finance, org, LocalDate.of(last, 2, 1), "410102", "30000.00", lapsing);
    post(admin, finance, org, LocalDate.of(last, 3, 1), "410101", "1000000.00", null);
    post(admin, finance, org, LocalDate.of(last, 9, 1), "410102", "200000.00", locked);
    Http.Resp release =
        admin
            .header("Idempotency-Key", "rel-" + Ids.suffix())
            .post(
                org.path() + "/funds/" + lapsing + "/release",
                "{\"amount\":\"80000.00\",\"date\":\""
                    + LocalDate.of(last, 7, 1)
                    + "\",\"reason\":\"限定时间已到\"}");
    assertEquals(201, release.status(), release::toString);
    approve(finance, org, release.json().getString("id"));

    Http.Resp meter = finance.get(org.path() + "/compliance/meter");
    assertEquals(200, meter.status(), meter::toString);
    assertEquals(
        "1080000.00",
        meter.json().getString("priorIncome"),
        "123万 booked − 20万 time-locked + 5万 released from an earlier year");
  }

  static String fund(Http admin, Fixture.TestOrg org, String name, LocalDate until) {
    Http.Resp r =
        admin.post(
            org.path() + "/funds",
            Json.createObjectBuilder()
                .add("name", name)
                .add("purpose", "定期捐赠")
                .add("restrictedUntil", until.toString())
                .build());
    assertEquals(201, r.status(), r::toString);
    return r.json().getString("id");
  }

  static void post(
      Http admin,
      Http finance,
      Fixture.TestOrg org,
      LocalDate date,
      String credit,
      String amount,
      String fund) {
    var creditLine = Json.createObjectBuilder().add("accountCode", credit).add("credit", amount);
    if (fund != null) {
      creditLine.add("fundId", fund);
    }
    JsonObject body =
        Json.createObjectBuilder()
            .add("date", date.toString())
            .add("summary", "捐赠收入")
            .add(
                "lines",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("accountCode", "1002").add("debit", amount))
                    .add(creditLine))
            .build();
    Http.Resp d = admin.post(org.path() + "/accounting/vouchers", body);
    assertEquals(201, d.status(), d::toString);
    approve(finance, org, d.json().getString("id"));
  }

  static void approve(Http finance, Fixture.TestOrg org, String voucherId) {
    Http.Resp p = finance.post(org.path() + "/accounting/vouchers/" + voucherId + "/approve", null);
    assertEquals(200, p.status(), p::toString);
  }
}
