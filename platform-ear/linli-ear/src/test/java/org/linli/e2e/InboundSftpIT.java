package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.PurchaseWorld;
import org.linli.e2e.support.ReceivedFiles;
import org.linli.e2e.support.SftpDrop;
import org.linli.e2e.support.Simulator;
import org.linli.e2e.support.TestEnv;

/**
 * Roster files over real SFTP: the simulator's MINA SSHD server holds them, the platform's Camel
 * route (two consumers on this node, one database: `linli test` sets
 * LINLI_INTEGRATION_SFTP_CONSUMERS=2) fetches them, applies each once and moves it to .done, or to
 * .failed when it cannot be read at all (then a dead letter).
 */
class InboundSftpIT {
  static final String HEADER = "身份证号,姓名,类别,等级,生效日期,地址\n";

  static Fixture.TestOrg g;

  @BeforeAll
  static void buyer() {
    g = PurchaseWorld.buyer("is" + Ids.suffix());
  }

  static String line(String id, String name, String category, String level) {
    return id + "," + name + "," + category + "," + level + ",2026-11-01,\"鼓楼区北京西路 2 号, 3 栋\"\n";
  }

  static java.util.Set<String> originals(String folder) {
    return SftpDrop.names(g.code(), folder).stream()
        .map(SftpDrop::original)
        .collect(java.util.stream.Collectors.toSet());
  }

  static int residentsNamed(String tag) {
    Http.Resp r = g.staff().http().get(g.path() + "/residents?q=" + tag + "&limit=100");
    assertEquals(200, r.status(), r::toString);
    return r.json().getJsonArray("items").size();
  }

  @Test
  void aRosterFileDeliveredThreeTimesIsAppliedOnce() {
    String tag = "甲" + Ids.suffix();
    String name = "2026-11-roster-" + Ids.suffix() + ".csv";
    byte[] csv =
        (HEADER
                + line(Ids.residentIdBornIn(1940), tag + "一", "高龄", "")
                + line(Ids.residentIdBornIn(1941), tag + "二", "失能", "重度"))
            .getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 3; i++) {
      SftpDrop.deliver(g.code(), name, csv, "done");
    }
    List<JsonObject> files = ReceivedFiles.named(g, name);
    assertEquals(1, files.size(), "one received file: " + files);
    JsonObject f = files.get(0);
    assertEquals("SFTP", f.getString("source"));
    assertEquals("APPLIED", f.getString("status"));
    assertEquals(2, f.getInt("added"));
    assertEquals(2, residentsNamed(tag));
  }

  @Test
  void aFileWithThreeBadRowsAppliesTheRestAndReportsTheThree() {
    String tag = "乙" + Ids.suffix();
    String name = "2026-11-bad-" + Ids.suffix() + ".csv";
    String csv =
        HEADER
            + line(Ids.residentIdBornIn(1942), tag + "一", "低保", "")
            + line("32010619420101001X", tag + "二", "低保", "")
            + line(Ids.residentIdBornIn(1943), tag + "三", "特困", "")
            + line(Ids.residentIdBornIn(1944), tag + "四", "失能", "极重")
            + "too,few,fields\n"
            + line(Ids.residentIdBornIn(1945), tag + "五", "低收入", "");
    SftpDrop.deliver(g.code(), name, csv.getBytes(StandardCharsets.UTF_8), "done");
    JsonObject f = ReceivedFiles.named(g, name).get(0);
    assertEquals(6, f.getInt("rowsTotal"));
    assertEquals(3, f.getInt("rowsApplied"));
    assertEquals(3, f.getInt("rowsRejected"));
    assertEquals(3, residentsNamed(tag));
    Http.Resp rows =
        g.staff()
            .http()
            .get(g.path() + "/integration/files/" + f.getString("id") + "/rejected-rows");
    List<String> got = new ArrayList<>();
    rows.json()
        .getJsonArray("items")
        .forEach(
            v ->
                got.add(
                    v.asJsonObject().getInt("line") + ":" + v.asJsonObject().getString("code")));
    assertEquals(List.of("3:ID_NUMBER_INVALID", "5:LEVEL_UNKNOWN", "6:FIELD_COUNT"), got);
  }

  @Test
  void aFileThatCannotBeReadGoesToFailedAndToTheDeadLetters() {
    String name = "2026-11-garbage-" + Ids.suffix() + ".csv";
    SftpDrop.deliver(
        g.code(), name, "名单,没有,正确的表头\n1,2,3\n".getBytes(StandardCharsets.UTF_8), "failed");
    JsonObject f = ReceivedFiles.named(g, name).get(0);
    assertEquals("UNREADABLE", f.getString("status"));
    assertEquals("HEADER_INVALID", f.getString("error"));
    Http.Resp letters = g.staff().http().get(g.path() + "/integration/dead-letters?status=OPEN");
    assertEquals(200, letters.status(), letters::toString);
    assertTrue(letters.body().contains(name), "a dead letter names the file: " + letters);
  }

  @Test
  void twoConsumersOnOneDatabaseApplyEachFileOnce() {
    String tag = "丙" + Ids.suffix();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String name = "2026-11-batch-" + i + "-" + Ids.suffix() + ".csv";
      names.add(name);
      SftpDrop.put(
          g.code(),
          name,
          (HEADER + line(Ids.residentIdBornIn(1950 + i), tag + i, "高龄", ""))
              .getBytes(StandardCharsets.UTF_8));
    }
    Simulator.await(
        "every file moved to done", SftpDrop.TAKEN, () -> originals("done").containsAll(names));
    for (String name : names) {
      List<JsonObject> files = ReceivedFiles.named(g, name);
      assertEquals(1, files.size(), name + ": " + files);
      assertEquals(1, files.get(0).getInt("rowsApplied"));
    }
    assertEquals(4, residentsNamed(tag));
  }

  /**
   * A chunk that fails for a temporary reason (here a lock wait past the import's lock timeout: a
   * row of the chunk is held by another transaction) rolls back; the file stays in the inbox (never
   * .failed) and is tried again after its last committed line, until the row is free: then it
   * completes with every row applied and counted once.
   */
  @Test
  void aChunkFailingForATemporaryReasonIsTriedAgainAndEveryRowAppliedOnce() throws Exception {
    String tag = "丁" + Ids.suffix();
    String heldId = uniqueId(0);
    SftpDrop.deliver(
        g.code(),
        "2026-11-held-" + Ids.suffix() + ".csv",
        (HEADER + line(heldId, tag + "0", "高龄", "")).getBytes(StandardCharsets.UTF_8),
        "done");
    int rows = 2_500; // three chunks of 1,000 at most: the held resident is in the second
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < rows; i++) {
      // Line 1,501 lists the held resident again, under the same name (else a refusal).
      csv.append(
          i == 1_500
              ? line(heldId, tag + "0", "高龄", "")
              : line(uniqueId(i == 0 ? rows : i), tag + i, "高龄", ""));
    }
    String name = "2026-11-retry-" + Ids.suffix() + ".csv";
    try (Connection db = DriverManager.getConnection(TestEnv.jdbcUrl(), "postgres", "")) {
      db.setAutoCommit(false);
      try (PreparedStatement hold =
          db.prepareStatement(
              "SELECT id FROM purchase_resident WHERE tenant_id = ? AND name = ? FOR UPDATE")) {
        hold.setString(1, g.code());
        hold.setString(2, tag + "0");
        try (ResultSet r = hold.executeQuery()) {
          assertTrue(r.next(), "the resident of the first file");
        }
      }
      SftpDrop.put(g.code(), name, csv.toString().getBytes(StandardCharsets.UTF_8));
      Simulator.await(
          name + " failed for a temporary reason",
          SftpDrop.TAKEN,
          () -> fileColumn(name, "coalesce(error, '')").startsWith("TEMPORARY"));
      assertEquals(
          "1001", fileColumn(name, "last_line"), "the first chunk (lines 2-1001) committed");
      assertEquals("PROCESSING", fileColumn(name, "status"));
      assertEquals(0, SftpDrop.count(g.code(), name, "failed"), "not in .failed");
      db.rollback(); // the row is free again
    }
    Simulator.await(
        name + " moved to done", SftpDrop.TAKEN, () -> SftpDrop.count(g.code(), name, "done") > 0);
    assertEquals(0, SftpDrop.count(g.code(), name, "failed"));
    JsonObject f = ReceivedFiles.named(g, name).get(0);
    assertEquals("APPLIED", f.getString("status"));
    assertEquals(rows, f.getInt("rowsTotal"));
    assertEquals(rows, f.getInt("rowsApplied"));
    assertEquals(0, f.getInt("rowsRejected"));
    assertEquals(rows - 1, f.getInt("added"));
    assertEquals("1", fileColumn(name, "attempt"), "tried again by the consumer that had it");
    assertEquals(
        String.valueOf(rows),
        sql(
            "SELECT count(*) FROM purchase_resident r JOIN integration_inbound_file f"
                + " ON f.tenant_id = r.tenant_id AND f.id = r.roster_file"
                + " WHERE r.tenant_id = ? AND f.name = ? AND r.name LIKE '"
                + tag
                + "%'",
            name),
        "every row's resident listed by the file, once");
  }

  /** A 居民身份证 number born in the 1920s (no other test's), unique per run and index. */
  static String uniqueId(int i) {
    java.time.LocalDate birth = java.time.LocalDate.of(1921, 1, 1).plusDays(i);
    String first17 =
        "320113"
            + birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
            + String.format("%03d", RUN % 1000);
    int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int k = 0; k < 17; k++) {
      sum += (first17.charAt(k) - '0') * w[k];
    }
    return first17 + "10X98765432".charAt(sum % 11);
  }

  static final int RUN = new java.security.SecureRandom().nextInt(1000);

  static String fileColumn(String name, String column) {
    return sql(
        "SELECT " + column + " FROM integration_inbound_file WHERE tenant_id = ? AND name = ?",
        name);
  }

  static String sql(String query, String name) {
    try (Connection db = DriverManager.getConnection(TestEnv.jdbcUrl(), "postgres", "");
        PreparedStatement q = db.prepareStatement(query)) {
      q.setString(1, g.code());
      q.setString(2, name);
      try (ResultSet r = q.executeQuery()) {
        return r.next() ? r.getString(1) : "";
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
