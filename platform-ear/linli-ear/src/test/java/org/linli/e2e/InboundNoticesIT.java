package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.PurchaseWorld;
import org.linli.e2e.support.ReceivedFiles;
import org.linli.e2e.support.SftpDrop;
import org.linli.e2e.support.TestEnv;
import org.linli.e2e.support.VolunteerWorld;

/**
 * Death and move-away notices as files over real SFTP (the simulator's MINA SSHD server), with the
 * effects of the gateway's notices; the time bank's deceased-holder rule as a staff task in the
 * organization where the deceased holds time (never an automatic transfer), and its resolution; and
 * a file whose node died mid-apply (left PROCESSING with a stale lease) taken over and applied
 * once, its row report not counted twice.
 */
class InboundNoticesIT {
  static final Fixture fx = Fixture.get();
  static final double LAT = 32.066;
  static final double LON = 118.783;

  static Fixture.TestOrg g;
  static Fixture.TestOrg p;
  static String contract;

  @BeforeAll
  static void buyerAndProvider() {
    g = PurchaseWorld.buyer("in" + Ids.suffix());
    p = fx.createOrg("iq" + Ids.suffix());
    contract = PurchaseWorld.activeContract(g, p);
  }

  /** A resident on the roster and the contract, with a visit done today and an order in 3 days. */
  record Served(String resident, String visited, String future) {}

  static Served served(String name, String idNumber) {
    JsonObject body = PurchaseWorld.residentBody(name, idNumber);
    String resident = PurchaseWorld.assignedResident(g, contract, body);
    String visited = PurchaseWorld.order(g, contract, resident, "CLEANING");
    Fixture.Member worker =
        Fixture.invite(
            p.admin().http(),
            p.code(),
            "w" + Ids.suffix() + "@" + p.code() + ".test",
            List.of("volunteer"));
    PurchaseWorld.checkedIn(p, worker, visited, LAT, LON);
    PurchaseWorld.checkedOut(p, worker, visited, LAT, LON);
    Http.Resp o =
        g.staff()
            .http()
            .post(
                g.path() + "/service-orders",
                Json.createObjectBuilder()
                    .add("contractId", contract)
                    .add("residentId", resident)
                    .add("itemCode", "MEAL_AID")
                    .add("serviceDate", PurchaseWorld.today().plusDays(3).toString())
                    .build());
    assertEquals(201, o.status(), o::toString);
    return new Served(resident, visited, o.json().getJsonObject("order").getString("id"));
  }

  static String orderStatus(String order) {
    Http.Resp r = g.staff().http().get(g.path() + "/service-orders/" + order);
    assertEquals(200, r.status(), r::toString);
    return r.json().getJsonObject("order").getString("status");
  }

  static JsonObject resident(String id) {
    Http.Resp r = g.staff().http().get(g.path() + "/residents/" + id);
    assertEquals(200, r.status(), r::toString);
    return r.json();
  }

  static JsonArray tasks(Fixture.TestOrg org, String query) {
    Http.Resp r = org.staff().http().get(org.path() + "/integration/tasks" + query);
    assertEquals(200, r.status(), r::toString);
    return r.json().getJsonArray("items");
  }

  static String badCheckDigit(String id) {
    return id.substring(0, 17) + (id.charAt(17) == '1' ? "2" : "1");
  }

  @Test
  void aDeathNoticeFileEndsTheResidentStopsOrdersAndOpensATaskWhereTheyHoldTime() {
    LocalDate today = PurchaseWorld.today();
    String name = "赵" + Ids.suffix();
    String idNumber = Ids.residentIdBornIn(1936);
    Served s = served(name, idNumber);

    // The same person volunteers for another organization and holds 2 hours in its time bank.
    Fixture.TestOrg v = fx.createOrg("iv" + Ids.suffix());
    VolunteerWorld world = new VolunteerWorld(v);
    Http.Resp reg = world.register(VolunteerWorld.registration(idNumber).add("name", name).build());
    assertEquals(201, reg.status(), reg::toString);
    String volunteer = reg.json().getString("id");
    Http.Resp active =
        v.staff()
            .http()
            .post(v.path() + "/volunteers/" + volunteer + "/status", "{\"status\":\"ACTIVE\"}");
    assertEquals(200, active.status(), active::toString);
    Http.Resp entered = world.enterRecord(volunteer, VolunteerWorld.facts(2, 1, 120));
    assertEquals(201, entered.status(), entered::toString);
    Http.Resp approved = world.review("APPROVE", null, entered.json().getString("id"));
    assertEquals(200, approved.status(), approved::toString);

    String file = today.toString().substring(0, 7) + "-death-" + Ids.suffix() + ".csv";
    String csv =
        "身份证号,姓名,死亡日期\n"
            + idNumber
            + ","
            + name
            + ","
            + today.minusDays(1)
            + "\n"
            + badCheckDigit(idNumber)
            + ",错号,"
            + today.minusDays(1)
            + "\n"
            + Ids.residentIdBornIn(1931)
            + ",不在册,"
            + today.minusDays(2)
            + "\n"
            + Ids.residentIdBornIn(1932)
            + ",明天,"
            + today.plusDays(1)
            + "\n";
    SftpDrop.deliver(g.code(), file, csv.getBytes(StandardCharsets.UTF_8), "done");

    JsonObject f = ReceivedFiles.only(g, file);
    assertEquals("SFTP", f.getString("source"));
    assertEquals("DEATH", f.getString("kind"));
    assertEquals("APPLIED", f.getString("status"));
    assertEquals(4, f.getInt("rowsTotal"));
    assertEquals(1, f.getInt("rowsApplied"));
    assertEquals(3, f.getInt("rowsRejected"));
    Http.Resp rows =
        g.staff()
            .http()
            .get(g.path() + "/integration/files/" + f.getString("id") + "/rejected-rows");
    List<String> got = new ArrayList<>();
    rows.json()
        .getJsonArray("items")
        .forEach(
            r ->
                got.add(
                    r.asJsonObject().getInt("line") + ":" + r.asJsonObject().getString("code")));
    assertEquals(List.of("3:ID_NUMBER_INVALID", "4:RESIDENT_UNKNOWN", "5:DATE_IN_FUTURE"), got);

    JsonObject r = resident(s.resident());
    assertEquals("DECEASED", r.getString("status"), r::toString);
    assertEquals(today.minusDays(1).toString(), r.getString("statusOn"));
    assertEquals("CANCELLED", orderStatus(s.future()), "the order after the death is cancelled");
    Http.Resp flags = g.admin().http().get(g.path() + "/service-orders/" + s.visited() + "/flags");
    assertTrue(flags.body().contains("RESIDENT_GONE"), "the visit after it is flagged: " + flags);

    // The deceased-holder rule: a task in the organization where the time is, none at the buyer.
    JsonArray open = tasks(v, "?status=OPEN");
    assertEquals(1, open.size(), open::toString);
    JsonObject task = open.getJsonObject(0);
    assertEquals("DECEASED_VOLUNTEER_BALANCE", task.getString("kind"));
    assertEquals(volunteer, task.getString("volunteerId"));
    assertEquals(today.minusDays(1).toString(), task.getString("dateOfDeath"));
    assertEquals("2.00", task.getString("balanceHours"));
    assertFalse(task.toString().contains(idNumber), "never the full number: " + task);
    assertTrue(task.getString("idMasked").contains("*"));
    assertFalse(tasks(g, "").toString().contains(volunteer), "none at the buyer");
    // Not an automatic transfer: the hours are still the volunteer's.
    Http.Resp account =
        v.staff().http().get(v.path() + "/volunteers/" + volunteer + "/time-account");
    assertEquals(200, account.status(), account::toString);
    assertTrue(account.body().contains("\"2.00\""), "balance untouched: " + account);

    // The same notice again (another file name, same bytes) changes nothing and opens no task.
    SftpDrop.deliver(g.code(), "again-" + file, csv.getBytes(StandardCharsets.UTF_8), "done");
    assertEquals(1, tasks(v, "").size());

    // Staff resolve it once, with a note; the note and who are kept, and audited.
    String resolve = v.path() + "/integration/tasks/" + task.getString("id") + "/resolve";
    Http.Resp empty = v.staff().http().post(resolve, "{\"note\":\" \"}");
    assertEquals(400, empty.status(), empty::toString);
    Http.Resp done = v.staff().http().post(resolve, "{\"note\":\"已按规则结算给继承人\"}");
    assertEquals(200, done.status(), done::toString);
    assertEquals("DONE", done.json().getString("status"));
    assertEquals("已按规则结算给继承人", done.json().getString("note"));
    assertFalse(done.json().getString("resolvedBy").isBlank());
    Http.Resp twice = v.staff().http().post(resolve, "{\"note\":\"再次\"}");
    assertEquals(409, twice.status(), twice::toString);
    assertEquals("STAFF_TASK_NOT_OPEN", twice.code());
    assertEquals(0, tasks(v, "?status=OPEN").size());
    assertEquals(1, tasks(v, "?status=DONE").size());
    Http.Resp unknown =
        v.staff().http().post(v.path() + "/integration/tasks/nope/resolve", "{\"note\":\"x\"}");
    assertEquals(404, unknown.status(), unknown::toString);
    assertEquals("STAFF_TASK_NOT_FOUND", unknown.code());
    Http.Resp audit = v.admin().http().get(v.path() + "/audit/records?limit=100");
    assertEquals(200, audit.status(), audit::toString);
    assertTrue(audit.body().contains("STAFF_TASK_RESOLVED"), audit::toString);
    Http.Resp badStatus = v.staff().http().get(v.path() + "/integration/tasks?status=LATER");
    assertEquals(400, badStatus.status(), badStatus::toString);
  }

  @Test
  void aMoveAwayWorkbookEndsTheResidentAndCancelsTheirFutureOrders() throws IOException {
    LocalDate today = PurchaseWorld.today();
    String name = "钱" + Ids.suffix();
    String idNumber = Ids.residentIdBornIn(1938);
    Served s = served(name, idNumber);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook wb = new Workbook(out, "linli-test", "1.0");
    Worksheet ws = wb.newWorksheet("迁出");
    ws.value(0, 0, "身份证号");
    ws.value(0, 1, "姓名");
    ws.value(0, 2, "迁出日期");
    ws.value(1, 0, idNumber);
    ws.value(1, 1, name);
    ws.value(1, 2, today.minusDays(1));
    ws.style(1, 2).format("yyyy-mm-dd").set();
    ws.value(2, 0, "12345");
    ws.value(2, 1, "坏号");
    ws.value(2, 2, today.minusDays(1).toString());
    wb.finish();
    String file = today.toString().substring(0, 7) + "-move-" + Ids.suffix() + ".xlsx";
    SftpDrop.deliver(g.code(), file, out.toByteArray(), "done");

    JsonObject f = ReceivedFiles.only(g, file);
    assertEquals("MOVE", f.getString("kind"));
    assertEquals("APPLIED", f.getString("status"));
    assertEquals(1, f.getInt("rowsApplied"));
    assertEquals(1, f.getInt("rowsRejected"));
    JsonObject r = resident(s.resident());
    assertEquals("MOVED_AWAY", r.getString("status"), r::toString);
    assertEquals(today.minusDays(1).toString(), r.getString("statusOn"));
    assertEquals("CANCELLED", orderStatus(s.future()));
    Http.Resp flags = g.admin().http().get(g.path() + "/service-orders/" + s.visited() + "/flags");
    assertTrue(flags.body().contains("RESIDENT_GONE"), "the visit after it is flagged: " + flags);
  }

  @Test
  void aFileLeftProcessingByADeadNodeIsTakenOverAndAppliedOnce() throws Exception {
    String tag = "续" + Ids.suffix();
    String a = Ids.residentIdBornIn(1941);
    String b = Ids.residentIdBornIn(1942);
    String c = Ids.residentIdBornIn(1943);
    String name = "2026-10-resume-" + Ids.suffix() + ".csv";
    byte[] csv =
        ("身份证号,姓名,类别,等级,生效日期,地址\n"
                + a
                + ","
                + tag
                + "甲,高龄,,2026-10-01,鼓楼区 1 号\n"
                + b
                + ","
                + tag
                + "乙,低保,,2026-10-01,鼓楼区 2 号\n"
                + "too,few\n"
                + c
                + ","
                + tag
                + "丙,特困,,2026-10-01,鼓楼区 3 号\n")
            .getBytes(StandardCharsets.UTF_8);
    // A node claimed these bytes an hour ago, committed lines 2-3 (two rows) and died: the lease
    // is stale. (Its rows are counted; the residents themselves are left out here on purpose, to
    // see that the take-over does not apply those lines again.)
    String fileId = java.util.UUID.randomUUID().toString();
    try (Connection db = DriverManager.getConnection(TestEnv.jdbcUrl(), "postgres", "");
        var st =
            db.prepareStatement(
                "INSERT INTO integration_inbound_file (tenant_id, id, source, kind, name, checksum,"
                    + " period, status, rows_total, rows_applied, added, received_at, lease_at,"
                    + " attempt, last_line) VALUES (?, ?, 'SFTP', 'ROSTER', ?, ?, '2026-10-01',"
                    + " 'PROCESSING', 2, 2, 2, now() - interval '1 hour',"
                    + " now() - interval '1 hour', 1, 3)")) {
      st.setString(1, g.code());
      st.setString(2, fileId);
      st.setString(3, name);
      st.setString(4, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(csv)));
      assertEquals(1, st.executeUpdate());
    }
    SftpDrop.deliver(g.code(), name, csv, "done");

    JsonObject f = ReceivedFiles.only(g, name);
    assertEquals(fileId, f.getString("id"), "the same file, taken over");
    assertEquals("APPLIED", f.getString("status"));
    assertEquals(4, f.getInt("rowsTotal"), f::toString);
    assertEquals(3, f.getInt("rowsApplied"), f::toString);
    assertEquals(1, f.getInt("rowsRejected"), f::toString);
    assertEquals(3, f.getInt("added"), f::toString);
    Http.Resp residents = g.staff().http().get(g.path() + "/residents?q=" + tag + "&limit=100");
    assertEquals(200, residents.status(), residents::toString);
    List<String> names = new ArrayList<>();
    residents
        .json()
        .getJsonArray("items")
        .forEach(x -> names.add(x.asJsonObject().getString("name")));
    assertEquals(List.of(tag + "丙"), names, "only the lines after the last committed one");
    try (Connection db = DriverManager.getConnection(TestEnv.jdbcUrl(), "postgres", "");
        ResultSet rs =
            db.createStatement()
                .executeQuery(
                    "SELECT attempt, last_line FROM integration_inbound_file WHERE id = '"
                        + fileId
                        + "'")) {
      assertTrue(rs.next());
      assertEquals(2, rs.getInt(1), "the second attempt");
      assertEquals(5, rs.getInt(2), "up to the last line");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    // Delivered once more: a repeat of an applied file, nothing applied again.
    SftpDrop.deliver(g.code(), name, csv, "done");
    JsonObject again = ReceivedFiles.only(g, name);
    assertEquals(3, again.getInt("rowsApplied"));
    assertEquals(4, again.getInt("rowsTotal"));
  }
}
