package org.linli.fund.compliance.infrastructure;

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
import org.linli.fund.compliance.domain.ComplianceProfile;
import org.linli.fund.compliance.domain.ComplianceRepository;
import org.linli.fund.compliance.domain.DisclosureKind;
import org.linli.fund.compliance.domain.OrgType;
import org.linli.kernel.tenancy.TenantSession;

/** Native statements with the tenant bound as parameter 1; row level security checks it again. */
@ApplicationScoped
public class JpaComplianceRepository implements ComplianceRepository {
  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Inject TenantSession tenantSession;

  private Query sql(String statement) {
    return em.createNativeQuery(statement)
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, tenantSession.current().value());
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(Query q) {
    return q.getResultList();
  }

  @Override
  public Optional<ComplianceProfile> profile() {
    return rows(
            sql(
                "SELECT version, org_type, public_fundraising, three_year_average, updated_by,"
                    + " updated_at FROM compliance_profile WHERE tenant_id = ?1"
                    + " ORDER BY version DESC LIMIT 1"))
        .stream()
        .map(
            r ->
                new ComplianceProfile(
                    ((Number) r[0]).longValue(),
                    OrgType.valueOf((String) r[1]),
                    (Boolean) r[2],
                    (Boolean) r[3],
                    (String) r[4],
                    ((Timestamp) r[5]).toInstant()))
        .findFirst();
  }

  @Override
  public boolean addProfile(ComplianceProfile p) {
    return sql("INSERT INTO compliance_profile (tenant_id, version, org_type, public_fundraising,"
                + " three_year_average, updated_by, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                + " ON CONFLICT DO NOTHING")
            .setParameter(2, p.version())
            .setParameter(3, p.type().name())
            .setParameter(4, p.publicFundraising())
            .setParameter(5, p.threeYearAverage())
            .setParameter(6, p.updatedBy())
            .setParameter(7, Timestamp.from(p.updatedAt()))
            .executeUpdate()
        == 1;
  }

  @Override
  public List<DisclosureRecord> disclosures() {
    return rows(
            sql(
                "SELECT item_key, kind, title, arose_on, disclosed_on, reference, disclosed_by,"
                    + " created_at FROM compliance_disclosure WHERE tenant_id = ?1"
                    + " ORDER BY item_key"))
        .stream()
        .map(
            r ->
                new DisclosureRecord(
                    (String) r[0],
                    DisclosureKind.valueOf((String) r[1]),
                    (String) r[2],
                    ((Date) r[3]).toLocalDate(),
                    r[4] == null ? null : ((Date) r[4]).toLocalDate(),
                    (String) r[5],
                    (String) r[6],
                    ((Timestamp) r[7]).toInstant()))
        .toList();
  }

  @Override
  public boolean addDisclosure(DisclosureRecord d) {
    return sql("INSERT INTO compliance_disclosure (tenant_id, item_key, kind, title, arose_on,"
                + " disclosed_on, reference, disclosed_by, created_by, created_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS date), ?7, ?8, ?9, ?10) ON CONFLICT DO NOTHING")
            .setParameter(2, d.key())
            .setParameter(3, d.kind().name())
            .setParameter(4, d.title())
            .setParameter(5, Date.valueOf(d.arose()))
            .setParameter(6, d.disclosedOn() == null ? null : Date.valueOf(d.disclosedOn()))
            .setParameter(7, d.reference())
            .setParameter(8, d.disclosedOn() == null ? null : d.by())
            .setParameter(9, d.by())
            .setParameter(10, Timestamp.from(d.at()))
            .executeUpdate()
        == 1;
  }

  @Override
  public boolean markDisclosed(String key, LocalDate on, String reference, String by, Instant at) {
    return sql("UPDATE compliance_disclosure SET disclosed_on = ?3, reference = ?4,"
                + " disclosed_by = ?5 WHERE tenant_id = ?1 AND item_key = ?2"
                + " AND disclosed_on IS NULL")
            .setParameter(2, key)
            .setParameter(3, Date.valueOf(on))
            .setParameter(4, reference)
            .setParameter(5, by)
            .executeUpdate()
        == 1;
  }
}
