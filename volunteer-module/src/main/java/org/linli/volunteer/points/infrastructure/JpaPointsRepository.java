package org.linli.volunteer.points.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;
import org.linli.kernel.tenancy.TenantSession;
import org.linli.volunteer.points.domain.PointLot;
import org.linli.volunteer.points.domain.PointsRepository;
import org.linli.volunteer.points.domain.PointsRuleVersion;

@ApplicationScoped
public class JpaPointsRepository implements PointsRepository {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Inject TenantSession tenantSession;

  @Override
  public Optional<PointsRuleVersion> ruleInForce(LocalDate day) {
    return em.createQuery(
            "SELECT r FROM PointsRuleVersion r WHERE r.effectiveFrom <= :day"
                + " ORDER BY r.effectiveFrom DESC, r.version DESC",
            PointsRuleVersion.class)
        .setParameter("day", day)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<PointsRuleVersion> rules() {
    return em.createQuery(
            "SELECT r FROM PointsRuleVersion r ORDER BY r.version", PointsRuleVersion.class)
        .getResultList();
  }

  @Override
  public int nextRuleVersion() {
    Number max =
        (Number)
            sql("SELECT coalesce(max(version), 0) FROM points_rule WHERE tenant_id = ?1")
                .getSingleResult();
    return max.intValue() + 1;
  }

  @Override
  public void addRule(PointsRuleVersion rule) {
    em.persist(rule);
    em.flush();
  }

  @Override
  public Optional<Integer> bonusOf(String activityId) {
    return sql("SELECT bonus_points FROM points_activity_bonus WHERE tenant_id = ?1"
            + " AND activity_id = ?2")
        .setParameter(2, activityId)
        .getResultStream()
        .findFirst()
        .map(n -> ((Number) n).intValue());
  }

  @Override
  public void setBonus(String activityId, int bonusPoints, Instant now) {
    sql("INSERT INTO points_activity_bonus (tenant_id, activity_id, bonus_points, updated_at)"
            + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (tenant_id, activity_id)"
            + " DO UPDATE SET bonus_points = EXCLUDED.bonus_points, updated_at = EXCLUDED.updated_at")
        .setParameter(2, activityId)
        .setParameter(3, bonusPoints)
        .setParameter(4, Timestamp.from(now))
        .executeUpdate();
  }

  @Override
  public void addLot(PointLot lot) {
    em.persist(lot);
    em.flush();
  }

  @Override
  public Optional<PointLot> lotOfRecord(String recordId) {
    return em.createQuery("SELECT l FROM PointLot l WHERE l.recordId = :r", PointLot.class)
        .setParameter("r", recordId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<PointLot> findLot(String lotId) {
    return em.createQuery("SELECT l FROM PointLot l WHERE l.id = :id", PointLot.class)
        .setParameter("id", lotId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<PointLot> lotsOf(String volunteerId) {
    return em.createQuery(
            "SELECT l FROM PointLot l WHERE l.volunteerId = :v ORDER BY l.earnedOn, l.id",
            PointLot.class)
        .setParameter("v", volunteerId)
        .getResultList();
  }

  @Override
  public List<String> volunteersWithLotsToExpire(LocalDate asOf) {
    @SuppressWarnings("unchecked")
    List<String> ids =
        sql("SELECT DISTINCT volunteer_id FROM points_lot WHERE tenant_id = ?1"
                + " AND expires_on < ?2 AND points - consumed - expired - clawed_back > 0"
                + " ORDER BY volunteer_id")
            .setParameter(2, Date.valueOf(asOf))
            .getResultList();
    return ids;
  }

  @Override
  public List<Standing> standings(int year, Long afterPoints, String afterNo, int limit) {
    var query =
        sql("SELECT * FROM (SELECT v.id, v.volunteer_no, v.name,"
                + "  sum(l.points - l.clawed_back) AS earned,"
                + "  rank() OVER (ORDER BY sum(l.points - l.clawed_back) DESC) AS place"
                + " FROM points_lot l JOIN volunteer v ON v.tenant_id = l.tenant_id"
                + "  AND v.id = l.volunteer_id"
                + " WHERE l.tenant_id = ?1 AND l.earned_on >= ?2 AND l.earned_on < ?3"
                + "  AND NOT EXISTS (SELECT 1 FROM points_leaderboard_opt_out o"
                + "   WHERE o.tenant_id = l.tenant_id AND o.volunteer_id = l.volunteer_id)"
                + " GROUP BY v.id, v.volunteer_no, v.name"
                + " HAVING sum(l.points - l.clawed_back) > 0) s"
                + (afterNo == null
                    ? ""
                    : " WHERE s.earned < ?5 OR (s.earned = ?5 AND s.volunteer_no > ?6)")
                + " ORDER BY s.earned DESC, s.volunteer_no LIMIT ?4")
            .setParameter(2, Date.valueOf(LocalDate.of(year, 1, 1)))
            .setParameter(3, Date.valueOf(LocalDate.of(year + 1, 1, 1)))
            .setParameter(4, limit);
    if (afterNo != null) {
      query.setParameter(5, afterPoints).setParameter(6, afterNo);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            r ->
                new Standing(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    ((Number) r[3]).longValue(),
                    ((Number) r[4]).intValue()))
        .toList();
  }

  @Override
  public void optOut(String volunteerId, Instant now) {
    sql("INSERT INTO points_leaderboard_opt_out (tenant_id, volunteer_id, opted_out_at)"
            + " VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
        .setParameter(2, volunteerId)
        .setParameter(3, Timestamp.from(now))
        .executeUpdate();
  }

  @Override
  public void optIn(String volunteerId) {
    sql("DELETE FROM points_leaderboard_opt_out WHERE tenant_id = ?1 AND volunteer_id = ?2")
        .setParameter(2, volunteerId)
        .executeUpdate();
  }

  @Override
  public boolean optedOut(String volunteerId) {
    return !sql("SELECT 1 FROM points_leaderboard_opt_out WHERE tenant_id = ?1"
            + " AND volunteer_id = ?2")
        .setParameter(2, volunteerId)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void lockOrganizationPoints() {
    sql("SELECT pg_advisory_xact_lock(hashtext('points:' || ?1))").getSingleResult();
  }

  /** A native query with the tenant bound as parameter 1 (RLS checks it as well). */
  private Query sql(String statement) {
    return em.createNativeQuery(statement)
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, tenantSession.current().value());
  }
}
