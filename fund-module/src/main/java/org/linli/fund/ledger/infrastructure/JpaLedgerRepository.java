package org.linli.fund.ledger.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.config.QueryHints;
import org.linli.fund.ledger.domain.Account;
import org.linli.fund.ledger.domain.LedgerRepository;
import org.linli.fund.ledger.domain.LedgerTransaction;
import org.linli.fund.ledger.domain.Posting;
import org.linli.fund.ledger.domain.Unit;
import org.linli.kernel.tenancy.TenantSession;

/**
 * Accounts through JPA; postings and balances through native SQL, because the guarded update, the
 * row locks and ON CONFLICT have no JPQL form. Every statement names the tenant and RLS checks it.
 *
 * <p>Within one JTA transaction it remembers what cannot change until the commit: the accounts it
 * has locked (a row lock lasts to the end of the transaction; the unit never changes) and the
 * periods it found open (the shared close lock is held to the end, so no close can slip in), so a
 * use case that locks an account and then posts to it does not lock it twice (issue 22).
 */
@ApplicationScoped
public class JpaLedgerRepository implements LedgerRepository {
  /** Keys of the per-transaction state; private objects no other component can collide with. */
  private static final Object LOCKED = new Object();

  private static final Object OPEN_PERIODS = new Object();

  @PersistenceContext(unitName = "linli")
  EntityManager em;

  @Inject TenantSession tenantSession;

  @Resource TransactionSynchronizationRegistry txRegistry;

  @Override
  public Optional<Account> findAccount(String id) {
    return em.createQuery("SELECT a FROM LedgerAccount a WHERE a.id = :id", Account.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Account> findAccount(String kind, Account.Owner owner) {
    var query =
        owner == null
            ? em.createQuery(
                "SELECT a FROM LedgerAccount a WHERE a.kind = :kind AND a.ownerType IS NULL"
                    + " ORDER BY a.createdAt, a.id",
                Account.class)
            : em.createQuery(
                    "SELECT a FROM LedgerAccount a WHERE a.kind = :kind AND a.ownerType = :type"
                        + " AND a.ownerId = :owner ORDER BY a.createdAt, a.id",
                    Account.class)
                .setParameter("type", owner.type())
                .setParameter("owner", owner.id());
    return query.setParameter("kind", kind).setMaxResults(1).getResultStream().findFirst();
  }

  @Override
  public Optional<Long> lockBalance(String id) {
    // Native: the JPA entity may hold a balance read earlier in this transaction. Always read
    // (postings of this transaction move it); the unit is remembered with the lock.
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        sql("SELECT balance, unit FROM ledger_account WHERE tenant_id = ?1 AND id = ?2"
                + " FOR UPDATE")
            .setParameter(2, id)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Unit> locked = locked();
    if (locked != null) {
      locked.put(id, Unit.valueOf((String) rows.get(0)[1]));
    }
    return Optional.of(((Number) rows.get(0)[0]).longValue());
  }

  @Override
  public void addAccount(Account account) {
    em.persist(account);
    em.flush();
  }

  @Override
  public Account addSingletonAccount(Account account) {
    sql("INSERT INTO ledger_account (tenant_id, id, unit, kind, owner_type, owner_id, name,"
            + " no_negative, created_at, singleton_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
            + " ?10) ON CONFLICT (tenant_id, singleton_key) DO NOTHING")
        .setParameter(2, account.id())
        .setParameter(3, account.unit().name())
        .setParameter(4, account.kind())
        .setParameter(5, account.owner() == null ? null : account.owner().type())
        .setParameter(6, account.owner() == null ? null : account.owner().id())
        .setParameter(7, account.name())
        .setParameter(8, account.noNegative())
        .setParameter(9, Timestamp.from(account.createdAt()))
        .setParameter(10, account.singletonKey())
        .executeUpdate();
    return findSingleton(account.singletonKey()).orElseThrow();
  }

  @Override
  public Optional<Account> findSingleton(String singletonKey) {
    return em.createQuery(
            "SELECT a FROM LedgerAccount a WHERE a.singletonKey = :key", Account.class)
        .setParameter("key", singletonKey)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Account> findSingletons(Collection<String> singletonKeys) {
    return em.createQuery(
            "SELECT a FROM LedgerAccount a WHERE a.singletonKey IN :keys", Account.class)
        .setParameter("keys", singletonKeys)
        .getResultList();
  }

  @Override
  public List<Account> accounts(String afterId, int limit) {
    return em.createQuery(
            "SELECT a FROM LedgerAccount a WHERE a.id > :after ORDER BY a.id", Account.class)
        .setParameter("after", afterId == null ? "" : afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Optional<Unit> lockAccount(String id) {
    Map<String, Unit> locked = locked();
    if (locked != null && locked.containsKey(id)) {
      return Optional.of(locked.get(id)); // locked earlier in this transaction: still held
    }
    Optional<Unit> unit =
        sql("SELECT unit FROM ledger_account WHERE tenant_id = ?1 AND id = ?2 FOR UPDATE")
            .setParameter(2, id)
            .getResultStream()
            .findFirst()
            .map(u -> Unit.valueOf((String) u));
    if (locked != null) {
      unit.ifPresent(u -> locked.put(id, u));
    }
    return unit;
  }

  /** The accounts this transaction has locked, with their units; null outside a transaction. */
  @SuppressWarnings("unchecked")
  private Map<String, Unit> locked() {
    return (Map<String, Unit>) state(LOCKED, HashMap::new);
  }

  /** The periods this transaction found open under the shared close lock; null outside one. */
  @SuppressWarnings("unchecked")
  private Set<String> openPeriods() {
    return (Set<String>) state(OPEN_PERIODS, HashSet::new);
  }

  private Object state(Object key, java.util.function.Supplier<Object> create) {
    if (txRegistry.getTransactionKey() == null) {
      return null;
    }
    Object value = txRegistry.getResource(key);
    if (value == null) {
      value = create.get();
      txRegistry.putResource(key, value);
    }
    return value;
  }

  @Override
  public boolean insertTransaction(LedgerTransaction tx, String hash, String by, Instant at) {
    // DO NOTHING also covers the one-reversal-per-original key; the caller tells the two apart.
    return sql("INSERT INTO ledger_transaction (tenant_id, id, kind, memo, effective_date,"
                + " reverses_id, content_hash, created_by, created_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT DO NOTHING")
            .setParameter(2, tx.id())
            .setParameter(3, tx.kind())
            .setParameter(4, tx.memo())
            .setParameter(5, Date.valueOf(tx.effectiveDate()))
            .setParameter(6, tx.reversesId())
            .setParameter(7, hash)
            .setParameter(8, by)
            .setParameter(9, Timestamp.from(at))
            .executeUpdate()
        == 1;
  }

  @Override
  public void insertPostings(LedgerTransaction tx) {
    int line = 0;
    for (Posting p : tx.postings()) {
      sql("INSERT INTO ledger_posting (tenant_id, transaction_id, line, account_id, unit, amount,"
              + " effective_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
          .setParameter(2, tx.id())
          .setParameter(3, ++line)
          .setParameter(4, p.accountId())
          .setParameter(5, p.unit().name())
          .setParameter(6, p.amount())
          .setParameter(7, Date.valueOf(tx.effectiveDate()))
          .executeUpdate();
    }
  }

  @Override
  public boolean applyDelta(String accountId, long delta) {
    return sql("UPDATE ledger_account SET balance = balance + ?3 WHERE tenant_id = ?1 AND id = ?2"
                + " AND (NOT no_negative OR balance + ?3 >= 0)")
            .setParameter(2, accountId)
            .setParameter(3, delta)
            .executeUpdate()
        == 1;
  }

  @Override
  public Optional<StoredTransaction> findTransaction(String id) {
    List<?> header =
        sql("SELECT kind, memo, effective_date, reverses_id, content_hash, created_at"
                + " FROM ledger_transaction WHERE tenant_id = ?1 AND id = ?2")
            .setParameter(2, id)
            .getResultList();
    if (header.isEmpty()) {
      return Optional.empty();
    }
    Object[] h = (Object[]) header.get(0);
    LocalDate date = ((Date) h[2]).toLocalDate();
    List<Posting> postings =
        rows(sql("SELECT account_id, unit, amount FROM ledger_posting"
                    + " WHERE tenant_id = ?1 AND transaction_id = ?2 ORDER BY line")
                .setParameter(2, id))
            .map(
                r ->
                    new Posting(
                        (String) r[0], Unit.valueOf((String) r[1]), ((Number) r[2]).longValue()))
            .toList();
    var tx = new LedgerTransaction(id, (String) h[0], (String) h[1], date, (String) h[3], postings);
    return Optional.of(new StoredTransaction(tx, (String) h[4], ((Timestamp) h[5]).toInstant()));
  }

  @Override
  public Optional<String> reversalOf(String originalId) {
    return sql("SELECT id FROM ledger_transaction WHERE tenant_id = ?1 AND reverses_id = ?2")
        .setParameter(2, originalId)
        .getResultStream()
        .findFirst()
        .map(String.class::cast);
  }

  @Override
  public boolean periodClosed(String period) {
    Set<String> open = openPeriods();
    if (open != null && open.contains(period)) {
      return false; // found open earlier in this transaction, and its shared lock is still held
    }
    // Shared with other postings, exclusive with a close: a posting cannot slip into a period that
    // is being closed concurrently. Two statements: the read needs a snapshot taken after the lock.
    sql("SELECT pg_advisory_xact_lock_shared(hashtext('ledger-periods:' || ?1))").getSingleResult();
    boolean isClosed =
        !sql("SELECT 1 FROM ledger_period WHERE tenant_id = ?1 AND period = ?2")
            .setParameter(2, period)
            .getResultList()
            .isEmpty();
    if (open != null && !isClosed) {
      open.add(period);
    }
    return isClosed;
  }

  @Override
  public void lockPeriodForClose(String period) {
    forgetOpen(period);
    sql("SELECT pg_advisory_xact_lock(hashtext('ledger-periods:' || ?1))").getSingleResult();
  }

  /** This transaction is about to close the period: it no longer counts as known open. */
  private void forgetOpen(String period) {
    Set<String> open = openPeriods();
    if (open != null) {
      open.remove(period);
    }
  }

  @Override
  public boolean closePeriod(String period, String by, Instant at) {
    forgetOpen(period);
    sql("SELECT pg_advisory_xact_lock(hashtext('ledger-periods:' || ?1))").getSingleResult();
    return sql("INSERT INTO ledger_period (tenant_id, period, closed_by, closed_at)"
                + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
            .setParameter(2, period)
            .setParameter(3, by)
            .setParameter(4, Timestamp.from(at))
            .executeUpdate()
        == 1;
  }

  @Override
  public List<StatementLine> statement(
      String accountId, LocalDate from, LocalDate to, long afterSeq, int limit) {
    // The running balance is a window over all of the account's postings, cut to the page after.
    var query =
        sql("SELECT s.seq, s.transaction_id, t.kind, t.memo, s.effective_date, s.amount, s.running"
                + " FROM (SELECT p.seq, p.transaction_id, p.effective_date, p.amount,"
                + "       sum(p.amount) OVER (ORDER BY p.seq) AS running"
                + "       FROM ledger_posting p WHERE p.tenant_id = ?1 AND p.account_id = ?2) s"
                + " JOIN ledger_transaction t ON t.tenant_id = ?1 AND t.id = s.transaction_id"
                + " WHERE s.seq > ?3"
                + (from == null ? "" : " AND s.effective_date >= ?5")
                + (to == null ? "" : " AND s.effective_date <= ?6")
                + " ORDER BY s.seq LIMIT ?4")
            .setParameter(2, accountId)
            .setParameter(3, afterSeq)
            .setParameter(4, limit);
    if (from != null) {
      query.setParameter(5, Date.valueOf(from));
    }
    if (to != null) {
      query.setParameter(6, Date.valueOf(to));
    }
    return rows(query)
        .map(
            r ->
                new StatementLine(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    ((Date) r[4]).toLocalDate(),
                    ((Number) r[5]).longValue(),
                    ((Number) r[6]).longValue()))
        .toList();
  }

  @Override
  public long balanceAt(String accountId, LocalDate at) {
    Object sum =
        sql("SELECT coalesce(sum(amount), 0) FROM ledger_posting"
                + " WHERE tenant_id = ?1 AND account_id = ?2 AND effective_date <= ?3")
            .setParameter(2, accountId)
            .setParameter(3, Date.valueOf(at))
            .getSingleResult();
    return ((Number) sum).longValue();
  }

  @Override
  public List<StatementLine> postingsBetween(
      String accountId, LocalDate from, LocalDate to, int limit) {
    return rows(sql("SELECT s.seq, s.transaction_id, t.kind, t.memo, s.effective_date, s.amount, s.running"
                + " FROM (SELECT p.seq, p.transaction_id, p.effective_date, p.amount,"
                + "       sum(p.amount) OVER (ORDER BY p.seq) AS running"
                + "       FROM ledger_posting p WHERE p.tenant_id = ?1 AND p.account_id = ?2) s"
                + " JOIN ledger_transaction t ON t.tenant_id = ?1 AND t.id = s.transaction_id"
                + " WHERE s.effective_date BETWEEN ?3 AND ?4 ORDER BY s.seq LIMIT ?5")
            .setParameter(2, accountId)
            .setParameter(3, Date.valueOf(from))
            .setParameter(4, Date.valueOf(to))
            .setParameter(5, limit))
        .map(
            r ->
                new StatementLine(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    ((Date) r[4]).toLocalDate(),
                    ((Number) r[5]).longValue(),
                    ((Number) r[6]).longValue()))
        .toList();
  }

  @Override
  public Invariants invariants() {
    Object[] r =
        (Object[])
            sql("SELECT (SELECT count(*) FROM ledger_account WHERE tenant_id = ?1),"
                    + " (SELECT count(*) FROM ledger_posting WHERE tenant_id = ?1),"
                    + " (SELECT count(*) FROM (SELECT unit FROM ledger_posting WHERE tenant_id = ?1"
                    + "   GROUP BY unit HAVING sum(amount) <> 0) u),"
                    + " (SELECT count(*) FROM ledger_account a WHERE a.tenant_id = ?1 AND a.balance"
                    + "   <> (SELECT coalesce(sum(p.amount), 0) FROM ledger_posting p"
                    + "       WHERE p.tenant_id = ?1 AND p.account_id = a.id))")
                .getSingleResult();
    return new Invariants(
        ((Number) r[0]).longValue(),
        ((Number) r[1]).longValue(),
        ((Number) r[2]).longValue(),
        ((Number) r[3]).longValue());
  }

  /**
   * A native query with the tenant bound as parameter 1. No flush of pending entity changes first
   * (FlushModeType.COMMIT): these statements read and write only the ledger's tables, whose rows
   * the persistence context never holds unflushed (accounts are flushed when added), and the
   * automatic flush before each of them was ~10 % of an approval's CPU (issue 22).
   */
  private Query sql(String statement) {
    return em.createNativeQuery(statement)
        .setFlushMode(FlushModeType.COMMIT)
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .setParameter(1, tenantSession.current().value());
  }

  /** A native result row; typed here once because native queries return raw lists. */
  @SuppressWarnings("unchecked")
  private static java.util.stream.Stream<Object[]> rows(jakarta.persistence.Query q) {
    return ((List<Object[]>) q.getResultList()).stream();
  }
}
