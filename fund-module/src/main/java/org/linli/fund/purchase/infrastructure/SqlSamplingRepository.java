package org.linli.fund.purchase.infrastructure;

import static org.linli.fund.purchase.infrastructure.PurchaseSql.date;
import static org.linli.fund.purchase.infrastructure.PurchaseSql.ids;
import static org.linli.fund.purchase.infrastructure.PurchaseSql.instant;
import static org.linli.fund.purchase.infrastructure.PurchaseSql.rows;
import static org.linli.fund.purchase.infrastructure.PurchaseSql.ts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linli.fund.purchase.domain.CheckResult;
import org.linli.fund.purchase.domain.Rectification;
import org.linli.fund.purchase.domain.RectificationStatus;
import org.linli.fund.purchase.domain.Sample;
import org.linli.fund.purchase.domain.SampleCheck;
import org.linli.fund.purchase.domain.SampledOrder;
import org.linli.fund.purchase.domain.SamplingRepository;
import org.linli.kernel.persistence.PeerCopies;

/** Samples, checks and rectifications in the tables of V64, on the transaction's tenant. */
@ApplicationScoped
public class SqlSamplingRepository implements SamplingRepository {
  private static final String SAMPLE_COLUMNS =
      "id, contract_id, buyer_org, provider_org, month, rate_percent, seed, algorithm,"
          + " population_size, sample_size, population_digest, status, drawn_by, drawn_actor,"
          + " drawn_at, discarded_actor, discarded_at, discard_reason";

  /** The list's sort key, the same text as {@code Sampling.key}. */
  private static final String SAMPLE_KEY =
      "(to_char(month, 'YYYY-MM') || '~' || lpad(CAST(CAST(floor(extract(epoch FROM drawn_at) *"
          + " 1000) AS bigint) AS text), 15, '0') || '~' || id)";

  private static final String CHECK_COLUMNS =
      "sample_id, order_id, seq, contract_id, result, note, reason, rectification_id, checked_by,"
          + " checked_actor, checked_at";

  private static final String RECT_COLUMNS =
      "id, contract_id, buyer_org, provider_org, sample_id, order_id, month, request, deadline,"
          + " status, issued_by, issued_actor, issued_at, answer, evidence_sha256, answered_by,"
          + " answered_actor, answered_at, closed_by, closed_actor, closed_at, close_note, version";

  /** Completed orders; SETTLED once settlement adds it (a settled order was completed). */
  private static final String COMPLETED = " status IN ('COMPLETED', 'RATED', 'SETTLED')";

  @Inject PurchaseSql db;
  @Inject PeerCopies peers;

  @Override
  public Optional<Integer> rate(String contractId) {
    return db
        .sql(
            "SELECT rate_percent FROM purchase_sample_setting WHERE tenant_id = ?1 AND"
                + " contract_id = ?2")
        .setParameter(2, contractId)
        .getResultList()
        .stream()
        .findFirst()
        .map(v -> ((Number) v).intValue());
  }

  @Override
  public void saveRate(String contractId, int ratePercent, String by, Instant at) {
    db.sql(
            "INSERT INTO purchase_sample_setting (tenant_id, contract_id, rate_percent,"
                + " updated_by, updated_at) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (tenant_id,"
                + " contract_id) DO UPDATE SET rate_percent = EXCLUDED.rate_percent, updated_by"
                + " = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at")
        .setParameter(2, contractId)
        .setParameter(3, ratePercent)
        .setParameter(4, by)
        .setParameter(5, ts(at))
        .executeUpdate();
  }

  @Override
  public List<String> population(String contractId, YearMonth month) {
    return ids(
        db.sql(
                "SELECT id FROM purchase_order WHERE tenant_id = ?1 AND contract_id = ?2 AND"
                    + " service_date BETWEEN ?3 AND ?4 AND"
                    + COMPLETED
                    + " ORDER BY id")
            .setParameter(2, contractId)
            .setParameter(3, date(month.atDay(1)))
            .setParameter(4, date(month.atEndOfMonth())));
  }

  @Override
  public Optional<Sample> activeSample(String contractId, YearMonth month) {
    return rows(db.sql(
                "SELECT "
                    + SAMPLE_COLUMNS
                    + " FROM purchase_sample WHERE tenant_id = ?1 AND contract_id = ?2 AND month"
                    + " = ?3 AND status = 'ACTIVE'")
            .setParameter(2, contractId)
            .setParameter(3, date(month.atDay(1))))
        .map(SqlSamplingRepository::sample)
        .findFirst();
  }

  @Override
  public Optional<Sample> findSample(String contractId, String sampleId) {
    return sampleWhere(contractId, sampleId, "");
  }

  @Override
  public Optional<Sample> lockSample(String contractId, String sampleId) {
    return sampleWhere(contractId, sampleId, " FOR UPDATE");
  }

  private Optional<Sample> sampleWhere(String contractId, String sampleId, String lock) {
    return rows(db.sql(
                "SELECT "
                    + SAMPLE_COLUMNS
                    + " FROM purchase_sample WHERE tenant_id = ?1 AND contract_id = ?2 AND id ="
                    + " ?3"
                    + lock)
            .setParameter(2, contractId)
            .setParameter(3, sampleId))
        .map(SqlSamplingRepository::sample)
        .findFirst();
  }

  @Override
  public void addSample(Sample s, List<String> population, List<String> drawn) {
    db.sql(
            "INSERT INTO purchase_sample (tenant_id, "
                + SAMPLE_COLUMNS
                + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,"
                + " ?16, ?17, CAST(?18 AS timestamptz), ?19)")
        .setParameter(2, s.id())
        .setParameter(3, s.contractId())
        .setParameter(4, s.buyerOrg())
        .setParameter(5, s.providerOrg())
        .setParameter(6, date(s.month().atDay(1)))
        .setParameter(7, s.ratePercent())
        .setParameter(8, s.seed())
        .setParameter(9, s.algorithm())
        .setParameter(10, s.populationSize())
        .setParameter(11, s.sampleSize())
        .setParameter(12, s.populationDigest())
        .setParameter(13, s.status().name())
        .setParameter(14, s.drawnBy())
        .setParameter(15, s.drawnActor())
        .setParameter(16, ts(s.drawnAt()))
        .setParameter(17, s.discardedActor())
        .setParameter(18, ts(s.discardedAt()))
        .setParameter(19, s.discardReason())
        .executeUpdate();
    // One statement for the whole population: unnest of the ids with their positions (0: not
    // drawn).
    Map<String, Integer> positions = new LinkedHashMap<>();
    population.forEach(id -> positions.put(id, 0));
    for (int i = 0; i < drawn.size(); i++) {
      positions.put(drawn.get(i), i + 1);
    }
    db.sql(
            "INSERT INTO purchase_sample_member (tenant_id, sample_id, order_id, contract_id,"
                + " position) SELECT ?1, ?2, m.id, ?3, NULLIF(m.pos, 0) FROM unnest(CAST(?4 AS"
                + " text[]), CAST(?5 AS int[])) AS m(id, pos)")
        .setParameter(2, s.id())
        .setParameter(3, s.contractId())
        .setParameter(4, "{" + String.join(",", positions.keySet()) + "}")
        .setParameter(
            5,
            "{" + String.join(",", positions.values().stream().map(String::valueOf).toList()) + "}")
        .executeUpdate();
  }

  @Override
  public void discardSample(Sample s) {
    db.sql(
            "UPDATE purchase_sample SET status = ?3, discarded_actor = ?4, discarded_at = ?5,"
                + " discard_reason = ?6 WHERE tenant_id = ?1 AND id = ?2")
        .setParameter(2, s.id())
        .setParameter(3, s.status().name())
        .setParameter(4, s.discardedActor())
        .setParameter(5, ts(s.discardedAt()))
        .setParameter(6, s.discardReason())
        .executeUpdate();
  }

  @Override
  public List<Sample> listSamples(String contractId, YearMonth month, String afterKey, int limit) {
    return rows(db.sql(
                "SELECT "
                    + SAMPLE_COLUMNS
                    + " FROM purchase_sample WHERE tenant_id = ?1 AND contract_id = ?2"
                    + " AND (CAST(?3 AS date) IS NULL OR month = CAST(?3 AS date))"
                    + " AND (CAST(?4 AS text) IS NULL OR "
                    + SAMPLE_KEY
                    + " < ?4) ORDER BY "
                    + SAMPLE_KEY
                    + " DESC LIMIT ?5")
            .setParameter(2, contractId)
            .setParameter(3, month == null ? null : date(month.atDay(1)))
            .setParameter(4, afterKey)
            .setParameter(5, limit))
        .map(SqlSamplingRepository::sample)
        .toList();
  }

  @Override
  public List<String> members(String sampleId) {
    return ids(
        db.sql(
                "SELECT order_id FROM purchase_sample_member WHERE tenant_id = ?1 AND sample_id"
                    + " = ?2 ORDER BY order_id")
            .setParameter(2, sampleId));
  }

  @Override
  public List<String> drawn(String sampleId) {
    return ids(
        db.sql(
                "SELECT order_id FROM purchase_sample_member WHERE tenant_id = ?1 AND sample_id"
                    + " = ?2 AND position IS NOT NULL ORDER BY position")
            .setParameter(2, sampleId));
  }

  /** The order's sort key in the sampled-orders list, as {@code Sampling.orderKey}. */
  private static final String ORDER_KEY =
      "(m.sample_id || '~' || lpad(CAST(m.position AS text), 9, '0'))";

  private static final String LATEST_RESULT =
      "(SELECT c.result FROM purchase_sample_check c WHERE c.tenant_id = m.tenant_id AND"
          + " c.sample_id = m.sample_id AND c.order_id = m.order_id ORDER BY c.seq DESC LIMIT 1)";

  @Override
  public List<SampledOrder> sampledOrders(
      String contractId, String sampleId, CheckResult result, String afterKey, int limit) {
    List<Object[]> heads =
        rows(db.sql(
                    "SELECT m.sample_id, m.position, o.id, o.resident_id, o.item_code,"
                        + " o.service_date, o.worker_name FROM purchase_sample_member m JOIN"
                        + " purchase_sample s ON s.tenant_id = m.tenant_id AND s.id ="
                        + " m.sample_id JOIN purchase_order o ON o.tenant_id = m.tenant_id AND"
                        + " o.id = m.order_id WHERE m.tenant_id = ?1 AND m.contract_id = ?2 AND"
                        + " m.position IS NOT NULL AND (CAST(?3 AS text) IS NULL OR m.sample_id ="
                        + " ?3) AND (CAST(?3 AS text) IS NOT NULL OR s.status = 'ACTIVE') AND"
                        + " (CAST(?4 AS text) IS NULL OR "
                        + LATEST_RESULT
                        + " = ?4) AND (CAST(?5 AS text) IS NULL OR "
                        + ORDER_KEY
                        + " > ?5) ORDER BY "
                        + ORDER_KEY
                        + " LIMIT ?6")
                .setParameter(2, contractId)
                .setParameter(3, sampleId)
                .setParameter(4, result == null ? null : result.name())
                .setParameter(5, afterKey)
                .setParameter(6, limit))
            .toList();
    return withChecks(heads);
  }

  @Override
  public Optional<SampledOrder> sampledOrder(String sampleId, String orderId) {
    List<Object[]> heads =
        rows(db.sql(
                    "SELECT m.sample_id, m.position, o.id, o.resident_id, o.item_code,"
                        + " o.service_date, o.worker_name FROM purchase_sample_member m JOIN"
                        + " purchase_order o ON o.tenant_id = m.tenant_id AND o.id = m.order_id"
                        + " WHERE m.tenant_id = ?1 AND m.sample_id = ?2 AND m.order_id = ?3 AND"
                        + " m.position IS NOT NULL")
                .setParameter(2, sampleId)
                .setParameter(3, orderId))
            .toList();
    return withChecks(heads).stream().findFirst();
  }

  private List<SampledOrder> withChecks(List<Object[]> heads) {
    if (heads.isEmpty()) {
      return List.of();
    }
    Map<String, List<SampleCheck>> checks = new LinkedHashMap<>();
    List<String> keys = new ArrayList<>();
    for (Object[] h : heads) {
      String key = h[0] + " " + h[2];
      keys.add(key);
      checks.put(key, new ArrayList<>());
    }
    rows(db.sql(
                "SELECT "
                    + CHECK_COLUMNS
                    + " FROM purchase_sample_check WHERE tenant_id = ?1 AND (sample_id || ' ' ||"
                    + " order_id) = ANY (CAST(?2 AS text[])) ORDER BY sample_id, order_id, seq")
            .setParameter(
                2, "{" + String.join(",", keys.stream().map(k -> '"' + k + '"').toList()) + "}"))
        .map(SqlSamplingRepository::check)
        .forEach(c -> checks.get(c.sampleId() + " " + c.orderId()).add(c));
    List<SampledOrder> out = new ArrayList<>();
    for (Object[] h : heads) {
      out.add(
          new SampledOrder(
              (String) h[0],
              ((Number) h[1]).intValue(),
              (String) h[2],
              (String) h[3],
              (String) h[4],
              date(h[5]),
              (String) h[6],
              checks.get(h[0] + " " + h[2])));
    }
    return out;
  }

  @Override
  public boolean hasChecks(String sampleId) {
    return !db.sql(
            "SELECT 1 FROM purchase_sample_check WHERE tenant_id = ?1 AND sample_id = ?2 LIMIT 1")
        .setParameter(2, sampleId)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void addCheck(SampleCheck c) {
    db.sql(
            "INSERT INTO purchase_sample_check (tenant_id, "
                + CHECK_COLUMNS
                + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")
        .setParameter(2, c.sampleId())
        .setParameter(3, c.orderId())
        .setParameter(4, c.seq())
        .setParameter(5, c.contractId())
        .setParameter(6, c.result().name())
        .setParameter(7, c.note())
        .setParameter(8, c.reason())
        .setParameter(9, c.rectificationId())
        .setParameter(10, c.checkedBy())
        .setParameter(11, c.checkedActor())
        .setParameter(12, ts(c.checkedAt()))
        .executeUpdate();
  }

  @Override
  public List<String> failedOrders(String contractId, YearMonth month) {
    return ids(
        db.sql(
                "SELECT m.order_id FROM purchase_sample_member m JOIN purchase_sample s ON"
                    + " s.tenant_id = m.tenant_id AND s.id = m.sample_id WHERE m.tenant_id = ?1"
                    + " AND s.contract_id = ?2 AND s.month = ?3 AND s.status = 'ACTIVE' AND"
                    + " m.position IS NOT NULL AND "
                    + LATEST_RESULT
                    + " = 'FAILED' ORDER BY m.order_id")
            .setParameter(2, contractId)
            .setParameter(3, date(month.atDay(1))));
  }

  @Override
  public Optional<Rectification> findRectification(String contractId, String id) {
    return rectWhere(contractId, id, "");
  }

  @Override
  public Optional<Rectification> lockRectification(String contractId, String id) {
    return rectWhere(contractId, id, " FOR UPDATE");
  }

  private Optional<Rectification> rectWhere(String contractId, String id, String lock) {
    return rows(db.sql(
                "SELECT "
                    + RECT_COLUMNS
                    + " FROM purchase_rectification WHERE tenant_id = ?1 AND contract_id = ?2"
                    + " AND id = ?3"
                    + lock)
            .setParameter(2, contractId)
            .setParameter(3, id))
        .map(SqlSamplingRepository::rectification)
        .findFirst();
  }

  @Override
  public boolean pendingRectification(String orderId) {
    return !db.sql(
            "SELECT 1 FROM purchase_rectification WHERE tenant_id = ?1 AND order_id = ?2 AND"
                + " status IN ('OPEN', 'ANSWERED')")
        .setParameter(2, orderId)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void saveRectification(Rectification r) {
    db.sql(
            "INSERT INTO purchase_rectification (tenant_id, "
                + RECT_COLUMNS
                + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,"
                + " ?16, ?17, ?18, CAST(?19 AS timestamptz), ?20, ?21, CAST(?22 AS timestamptz),"
                + " ?23, ?24) ON CONFLICT (tenant_id, id) DO UPDATE SET status = EXCLUDED.status,"
                + " answer = EXCLUDED.answer, evidence_sha256 = EXCLUDED.evidence_sha256,"
                + " answered_by = EXCLUDED.answered_by, answered_actor = EXCLUDED.answered_actor,"
                + " answered_at = EXCLUDED.answered_at, closed_by = EXCLUDED.closed_by,"
                + " closed_actor = EXCLUDED.closed_actor, closed_at = EXCLUDED.closed_at,"
                + " close_note = EXCLUDED.close_note, version = EXCLUDED.version")
        .setParameter(2, r.id())
        .setParameter(3, r.contractId())
        .setParameter(4, r.buyerOrg())
        .setParameter(5, r.providerOrg())
        .setParameter(6, r.sampleId())
        .setParameter(7, r.orderId())
        .setParameter(8, date(r.month().atDay(1)))
        .setParameter(9, r.request())
        .setParameter(10, date(r.deadline()))
        .setParameter(11, r.status().name())
        .setParameter(12, r.issuedBy())
        .setParameter(13, r.issuedActor())
        .setParameter(14, ts(r.issuedAt()))
        .setParameter(15, r.answer())
        .setParameter(16, r.evidenceSha256())
        .setParameter(17, r.answeredBy())
        .setParameter(18, r.answeredActor())
        .setParameter(19, ts(r.answeredAt()))
        .setParameter(20, r.closedBy())
        .setParameter(21, r.closedActor())
        .setParameter(22, ts(r.closedAt()))
        .setParameter(23, r.closeNote())
        .setParameter(24, r.version())
        .executeUpdate();
  }

  /** Late: open past the deadline, or answered (China time) after it. */
  private static final String LATE =
      "((status = 'OPEN' AND deadline < ?4) OR (answered_at IS NOT NULL AND"
          + " CAST(answered_at AT TIME ZONE 'Asia/Shanghai' AS date) > deadline))";

  @Override
  public List<Rectification> listRectifications(
      String contractId,
      RectificationStatus status,
      Boolean late,
      LocalDate today,
      Instant afterAt,
      String afterId,
      int limit) {
    return rows(db.sql(
                "SELECT "
                    + RECT_COLUMNS
                    + " FROM purchase_rectification WHERE tenant_id = ?1 AND contract_id = ?2"
                    + " AND (CAST(?3 AS text) IS NULL OR status = ?3)"
                    + " AND (CAST(?5 AS boolean) IS NULL OR "
                    + LATE
                    + " = CAST(?5 AS boolean))"
                    + " AND (CAST(?6 AS timestamptz) IS NULL OR (issued_at, id) < (CAST(?6 AS"
                    + " timestamptz), ?7)) ORDER BY issued_at DESC, id DESC LIMIT ?8")
            .setParameter(2, contractId)
            .setParameter(3, status == null ? null : status.name())
            .setParameter(4, date(today))
            .setParameter(5, late)
            .setParameter(6, ts(afterAt))
            .setParameter(7, afterId)
            .setParameter(8, limit))
        .map(SqlSamplingRepository::rectification)
        .toList();
  }

  @Override
  public String followRectification(String id) {
    return peers.call("purchase_rectification_follow", id);
  }

  static Sample sample(Object[] r) {
    return new Sample(
        (String) r[0],
        (String) r[1],
        (String) r[2],
        (String) r[3],
        YearMonth.from(date(r[4])),
        ((Number) r[5]).intValue(),
        (String) r[6],
        (String) r[7],
        ((Number) r[8]).intValue(),
        ((Number) r[9]).intValue(),
        (String) r[10],
        Sample.Status.valueOf((String) r[11]),
        (String) r[12],
        (String) r[13],
        instant(r[14]),
        (String) r[15],
        instant(r[16]),
        (String) r[17]);
  }

  static SampleCheck check(Object[] r) {
    return new SampleCheck(
        (String) r[0],
        (String) r[1],
        ((Number) r[2]).intValue(),
        (String) r[3],
        CheckResult.valueOf((String) r[4]),
        (String) r[5],
        (String) r[6],
        (String) r[7],
        (String) r[8],
        (String) r[9],
        instant(r[10]));
  }

  static Rectification rectification(Object[] r) {
    return new Rectification(
        (String) r[0],
        (String) r[1],
        (String) r[2],
        (String) r[3],
        (String) r[4],
        (String) r[5],
        YearMonth.from(date(r[6])),
        (String) r[7],
        date(r[8]),
        RectificationStatus.valueOf((String) r[9]),
        (String) r[10],
        (String) r[11],
        instant(r[12]),
        (String) r[13],
        (String) r[14],
        (String) r[15],
        (String) r[16],
        instant(r[17]),
        (String) r[18],
        (String) r[19],
        instant(r[20]),
        (String) r[21],
        ((Number) r[22]).intValue());
  }
}
