package org.linli.containertest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.audit.application.AuditQueries;
import org.linli.kernel.audit.domain.StoredEntry;
import org.linli.kernel.audit.domain.VerificationResult;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantSession;

/**
 * A transaction bound to a tenant, seen from inside the application: both guards (EclipseLink's
 * tenant filter and PostgreSQL row level security) follow {@link TenantSession#bind}, a transaction
 * without a tenant sees nothing, and the audit chain appended in a tenant transaction verifies.
 *
 * <p>The deployment is the real WAR plus these classes, so the persistence unit, CDI configuration
 * and libraries are exactly those that ship (and no list of classes to keep in step by hand).
 */
@ExtendWith(ArquillianExtension.class)
class TenantTransactionIT {
  @Inject TenantSession tenantSession;
  @Inject AuditLog auditLog;
  @Inject AuditQueries auditQueries;
  @Inject RequestContext requestContext;
  @Inject UserTransaction tx;
  @Inject TwoTenants tenants;
  @Inject MembershipRows rows;

  @Deployment
  static WebArchive deployment() {
    File war = new File(System.getProperty("linli.arq.war"));
    return ShrinkWrap.createFromZipFile(WebArchive.class, war)
        .addClasses(
            TenantTransactionIT.class,
            TwoTenants.class,
            TwoTenants.Org.class,
            MembershipRows.class);
  }

  @Test
  void boundTransactionSeesOnlyItsTenantThroughNativeSqlAndJpql() throws Exception {
    TwoTenants.Org a = tenants.a();
    TwoTenants.Org b = tenants.b();
    tx.begin();
    try {
      tenantSession.bind(a.id());
      // Native SQL bypasses EclipseLink's filter: only row level security confines it.
      assertEquals(List.of(a.id().value(), a.id().value()), rows.tenantIdsByNativeSql());
      assertEquals(a.memberIds(), rows.memberIdsByJpql());
    } finally {
      rollbackIfActive();
    }
    // The other tenant's rows are there; A's transaction just could not see them.
    tx.begin();
    try {
      tenantSession.bind(b.id());
      assertEquals(List.of(b.id().value()), rows.tenantIdsByNativeSql());
      assertEquals(b.memberIds(), rows.memberIdsByJpql());
    } finally {
      rollbackIfActive();
    }
  }

  @Test
  void transactionWithoutTenantSeesNothing() throws Exception {
    TwoTenants.Org a = tenants.a();
    // The next transaction most likely gets this pooled connection back: it must not remember A.
    tx.begin();
    try {
      tenantSession.bind(a.id());
      assertEquals(a.memberIds().size(), rows.tenantIdsByNativeSql().size());
      tx.commit();
    } finally {
      rollbackIfActive();
    }

    tx.begin();
    try {
      assertThrows(IllegalStateException.class, tenantSession::current);
      assertEquals(List.of(), rows.tenantIdsByNativeSql(), "fails closed");
      // EclipseLink refuses to query a multitenant entity without a tenant rather than guess.
      PersistenceException e = assertThrows(PersistenceException.class, rows::memberIdsByJpql);
      assertTrue(e.getMessage().contains("eclipselink.tenant-id"), e::getMessage);
    } finally {
      rollbackIfActive();
    }
  }

  @Test
  void aTransactionIsBoundToOneTenantOnly() throws Exception {
    TwoTenants.Org a = tenants.a();
    TwoTenants.Org b = tenants.b();
    assertThrows(IllegalStateException.class, () -> tenantSession.bind(a.id()), "needs a tx");
    tx.begin();
    try {
      tenantSession.bind(a.id());
      tenantSession.bind(a.id()); // the same tenant again is a no-op
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> tenantSession.bind(b.id()));
      assertEquals("Transaction already bound to another tenant", e.getMessage());
      assertEquals(a.id(), tenantSession.current());
      assertEquals(a.memberIds(), rows.memberIdsByJpql());
    } finally {
      rollbackIfActive();
    }
  }

  @Test
  void auditRecordsAppendedInATenantTransactionVerify() throws Exception {
    TwoTenants.Org a = tenants.a();
    // As AccessFilter would: AuditQueries is @TenantScoped and binds the request's tenant.
    requestContext.admitted(a.id(), null, Set.of("org-admin"));
    String member = a.memberIds().iterator().next();
    tx.begin();
    try {
      tenantSession.bind(a.id());
      auditLog.record("member.invited", "membership", member, null, "{\"roles\":[\"staff\"]}");
      auditLog.record(
          "member.role.granted",
          "membership",
          member,
          "{\"roles\":[\"staff\"]}",
          "{\"roles\":[\"finance\",\"staff\"]}");
      tx.commit();
    } finally {
      rollbackIfActive();
    }

    // Verified afresh in new transactions, the way GET /audit/verification does.
    VerificationResult result = auditQueries.verify();
    assertTrue(result.valid(), result::toString);
    assertEquals(2, result.recordsChecked());
    tx.begin();
    try {
      tenantSession.bind(a.id());
      List<StoredEntry> stored = auditLog.page(0, 10);
      assertEquals(List.of(1L, 2L), stored.stream().map(s -> s.entry().seq()).toList());
      assertEquals(stored.get(0).storedHash(), stored.get(1).entry().prevHash());
    } finally {
      rollbackIfActive();
    }
  }

  private void rollbackIfActive() throws SystemException {
    if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
      tx.rollback();
    }
  }
}
