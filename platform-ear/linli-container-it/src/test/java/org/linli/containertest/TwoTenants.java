package org.linli.containertest;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.linli.kernel.audit.domain.AuditHashChain;
import org.linli.kernel.tenancy.TenantId;

/**
 * Two organizations, A with two members and B with one, created once per deployment with plain SQL
 * as the table owner through the server's migration datasource, so the tests rely on the schema
 * only, not on the use cases under test or on Keycloak. Codes are unique per run: the database may
 * hold other tests' tenants.
 */
@ApplicationScoped
public class TwoTenants {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Resource(lookup = "jdbc/linliMigrations")
  DataSource owner;

  private Org a;
  private Org b;

  /** A seeded organization: its code and the ids of its members. */
  public record Org(TenantId id, Set<String> memberIds) {}

  public synchronized Org a() {
    seed();
    return a;
  }

  public synchronized Org b() {
    seed();
    return b;
  }

  private void seed() {
    if (a != null) {
      return;
    }
    String run = UUID.randomUUID().toString().substring(0, 8);
    try (Connection c = owner.getConnection()) {
      c.setAutoCommit(false);
      a = insertOrg(c, "arq-a-" + run, 2);
      b = insertOrg(c, "arq-b-" + run, 1);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not seed the test organizations", e);
    }
  }

  private static Org insertOrg(Connection c, String code, int members) throws SQLException {
    update(
        c,
        "INSERT INTO organization (id, name, type, credit_code, region_code, contact_name,"
            + " contact_phone, contact_phone_masked, status, created_at, updated_at)"
            + " VALUES (?, ?, 'SOCIAL_GROUP', ?, '320106', 'Arquillian', 'n/a', '138****0000',"
            + " 'ACTIVE', now(), now())",
        code,
        "容器测试 " + code,
        creditCode());
    // Tenant tables FORCE row level security, so even the owner writes them only as the tenant.
    update(c, "SELECT set_config('app.tenant_id', ?, true)", code);
    Set<String> memberIds = new HashSet<>();
    for (int i = 0; i < members; i++) {
      String personId = UUID.randomUUID().toString();
      update(
          c,
          "INSERT INTO person (id, id_key, id_type, id_number, id_number_masked, name, created_at)"
              + " VALUES (?, ?, 'RESIDENT_ID', 'n/a', '1****************0', '测试成员', now())",
          personId,
          "arq-" + personId);
      update(
          c,
          "INSERT INTO membership (tenant_id, person_id, roles, status, joined_at, updated_at)"
              + " VALUES (?, ?, 'staff', 'ACTIVE', now(), now())",
          code,
          personId);
      memberIds.add(personId);
    }
    update(
        c,
        "INSERT INTO audit_head (tenant_id, last_seq, last_hash) VALUES (?, 0, ?)",
        code,
        AuditHashChain.GENESIS);
    c.commit();
    return new Org(TenantId.of(code), Set.copyOf(memberIds));
  }

  private static void update(Connection c, String sql, String... params) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setString(i + 1, params[i]);
      }
      s.execute();
    }
  }

  /** Random, shaped like a unified social credit code (the database checks the shape only). */
  private static String creditCode() {
    StringBuilder code = new StringBuilder("91");
    for (int i = 0; i < 16; i++) {
      code.append(RANDOM.nextInt(10));
    }
    return code.toString();
  }
}
