package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Db;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.PurchaseWorld;
import org.linli.e2e.support.TestEnv;
import org.linli.e2e.support.VolunteerWorld;

/**
 * Volunteer hours from service orders (issue 20): a worker who is an active volunteer of the
 * provider earns one pending service record per completed order, with the visit's real times; staff
 * workers and sub-minute visits earn none; an order is never counted twice.
 */
class PurchaseVolunteerHoursIT {
  static final Fixture fx = Fixture.get();
  static final double LAT = 32.066;
  static final double LON = 118.783;

  static Fixture.TestOrg g;
  static Fixture.TestOrg p;
  static String contract;

  @BeforeAll
  static void buyerAndProvider() {
    g = PurchaseWorld.buyer("vg" + Ids.suffix());
    p = fx.createOrg("vp" + Ids.suffix());
    contract = PurchaseWorld.activeContract(g, p);
  }

  /** An active volunteer of the provider who can sign in: [volunteerId, personId, token]. */
  static String[] volunteerWorker() {
    String[] v = new VolunteerWorld(p).activeVolunteerWithLogin();
    Http.Resp detail = p.staff().http().get(p.path() + "/volunteers/" + v[0]);
    assertEquals(200, detail.status(), detail::toString);
    return new String[] {v[0], detail.json().getString("personId"), v[1]};
  }

  /** Ordered, dispatched, accepted and checked in by the worker; returns the order id. */
  static String checkedIn(String workerPersonId, Http worker) {
    String resident = PurchaseWorld.assignedResident(g, contract);
    String order = PurchaseWorld.order(g, contract, resident, "CLEANING");
    String orders = p.path() + "/service-orders/" + order;
    Http.Resp assigned =
        p.staff()
            .http()
            .post(orders + "/assign", "{\"workerPersonId\":\"" + workerPersonId + "\"}");
    assertEquals(200, assigned.status(), assigned::toString);
    assertEquals(200, worker.post(orders + "/accept", null).status());
    Http.Resp in = worker.post(orders + "/check-in", PurchaseWorld.location(LAT, LON));
    assertEquals(200, in.status(), in::toString);
    return order;
  }

  static Http.Resp checkOut(Http worker, String order) {
    return worker.post(
        p.path() + "/service-orders/" + order + "/check-out", PurchaseWorld.location(LAT, LON));
  }

  static JsonArray recordsOf(String volunteerId) {
    Http.Resp r = p.staff().http().get(p.path() + "/service-records?volunteerId=" + volunteerId);
    assertEquals(200, r.status(), r::toString);
    return r.json().getJsonArray("items");
  }

  @Test
  void aVolunteerWorkerEarnsOnePendingRecordPerCompletedOrder() {
    String[] v = volunteerWorker();
    Http worker = Http.as(v[2]);
    String order = checkedIn(v[1], worker);
    Db.checkInMinutesAgo(order, 90);
    Http.Resp out = checkOut(worker, order);
    assertEquals(200, out.status(), out::toString);

    JsonArray records = recordsOf(v[0]);
    assertEquals(1, records.size(), records::toString);
    JsonObject r = records.getJsonObject(0);
    assertEquals("SERVICE_ORDER", r.getString("source"));
    assertEquals("PENDING", r.getString("status"), "waits for the organization's review");
    assertEquals("1.50", r.getString("hours"));
    assertTrue(r.getString("content").contains(order), r::toString);
    assertTrue(r.getString("content").startsWith("助洁"), r::toString);
    assertEquals(PurchaseWorld.today().toString(), r.getString("serviceDate"));
    assertEquals(
        1, Db.count("service_record WHERE service_order_id = '" + order + "'"), "exactly one");

    // A second check-out of the completed order is refused and adds nothing.
    Http.Resp again = checkOut(worker, order);
    assertEquals(409, again.status(), again::toString);
    assertEquals(1, recordsOf(v[0]).size());

    // The buyer's follow-up (回访) moves the order on; it is not a second completion.
    Http.Resp rated =
        g.staff()
            .http()
            .post(
                g.path() + "/service-orders/" + order + "/follow-up",
                "{\"satisfaction\":5,\"note\":\"满意\"}");
    assertEquals(200, rated.status(), rated::toString);
    assertEquals(1, recordsOf(v[0]).size());

    // Staff approve it like any other record: the hours count.
    String recordId = r.getString("id");
    Http.Resp approved =
        p.staff()
            .http()
            .post(
                p.path() + "/service-records/review",
                "{\"recordIds\":[\"" + recordId + "\"],\"decision\":\"APPROVE\"}");
    assertEquals(200, approved.status(), approved::toString);
    Http.Resp hours = p.staff().http().get(p.path() + "/volunteers/" + v[0] + "/hours");
    assertEquals(200, hours.status(), hours::toString);
    assertEquals("1.50", hours.json().getString("approvedHours"), hours::toString);
  }

  @Test
  void theDatabaseRefusesASecondRecordOfTheSameOrder() throws SQLException {
    String[] v = volunteerWorker();
    Http worker = Http.as(v[2]);
    String order = checkedIn(v[1], worker);
    Db.checkInMinutesAgo(order, 30);
    assertEquals(200, checkOut(worker, order).status());
    // A replayed event that got past the application check would hit the unique key.
    try (Connection c = DriverManager.getConnection(TestEnv.jdbcUrl(), "postgres", "")) {
      SQLException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              SQLException.class,
              () ->
                  c.createStatement()
                      .executeUpdate(
                          "INSERT INTO service_record SELECT tenant_id, id || '-replay',"
                              + " volunteer_id, person_id, activity_id, shift_id, activity_name,"
                              + " service_date, location, content, started_at, ended_at, minutes,"
                              + " organizer, responsible_person, source, entry_reason, status,"
                              + " corrects_id, review_note, reviewed_by, reviewed_at, created_by,"
                              + " created_at, version, service_order_id FROM service_record"
                              + " WHERE service_order_id = '"
                              + order
                              + "'"));
      assertEquals("23505", e.getSQLState(), e::toString);
    }
    assertEquals(1, Db.count("service_record WHERE service_order_id = '" + order + "'"));
  }

  @Test
  void staffWorkersAndSubMinuteVisitsEarnNoRecord() {
    // A staff member of the provider (not a registered volunteer) delivers: no volunteer hours.
    String staffOrder = checkedIn(p.staff().personId(), p.staff().http());
    Db.checkInMinutesAgo(staffOrder, 45);
    assertEquals(200, checkOut(p.staff().http(), staffOrder).status());
    assertEquals(0, Db.count("service_record WHERE service_order_id = '" + staffOrder + "'"));

    // A volunteer's visit under a minute earns nothing, and says so in the audit log.
    String[] v = volunteerWorker();
    Http worker = Http.as(v[2]);
    String quick = checkedIn(v[1], worker);
    assertEquals(200, checkOut(worker, quick).status());
    assertEquals(0, recordsOf(v[0]).size());
    assertEquals(
        1,
        Db.count(
            "audit_record WHERE action = 'RECORD_NOT_MADE_FROM_SERVICE_ORDER' AND entity_id = '"
                + quick
                + "'"));
  }
}
