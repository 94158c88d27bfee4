package org.linli.fund.ledger.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.linli.fund.ledger.domain.Account;
import org.linli.fund.ledger.domain.LedgerRepository;
import org.linli.fund.ledger.domain.LedgerRepository.StatementLine;
import org.linli.fund.ledger.domain.Unit;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.TenantScoped;

/** Opening accounts and reading them: balance, balance at a date, statement. */
@ApplicationScoped
@Transactional
@TenantScoped
public class LedgerAccounts {
  @Inject LedgerRepository ledger;
  @Inject AuditLog auditLog;

  public Account open(Unit unit, String kind, Account.Owner owner, String name, boolean noNeg) {
    Account account =
        Account.open(UUID.randomUUID().toString(), unit, kind, owner, name, noNeg, Instant.now());
    ledger.addAccount(account);
    auditLog.record(
        "LEDGER_ACCOUNT_OPENED",
        "ledger_account",
        account.id(),
        null,
        "{\"unit\":\"" + unit + "\",\"kind\":\"" + kind + "\",\"noNegative\":" + noNeg + "}");
    return account;
  }

  /**
   * The one account of this kind and owner, opened on first use. Safe under concurrency: two
   * requests opening it at once end with the same single account.
   */
  public Account openOnce(Unit unit, String kind, Account.Owner owner, String name, boolean noNeg) {
    var existing = ledger.findSingleton(Account.singletonKey(kind, owner));
    if (existing.isPresent()) {
      return existing.get();
    }
    Account candidate =
        Account.openSingleton(
            UUID.randomUUID().toString(), unit, kind, owner, name, noNeg, Instant.now());
    Account account = ledger.addSingletonAccount(candidate);
    if (account.id().equals(candidate.id())) {
      auditLog.record(
          "LEDGER_ACCOUNT_OPENED",
          "ledger_account",
          account.id(),
          null,
          "{\"unit\":\"" + unit + "\",\"kind\":\"" + kind + "\",\"noNegative\":" + noNeg + "}");
    }
    return account;
  }

  /** A singleton account asked of {@link #openOnce(List)}. */
  public record Singleton(
      Unit unit, String kind, Account.Owner owner, String name, boolean noNegative) {
    String key() {
      return Account.singletonKey(kind, owner);
    }
  }

  /**
   * Several singleton accounts, in the order asked: those that exist found in one statement (an
   * approval needs two per module: issue 22), any other opened as {@link #openOnce} does.
   */
  public List<Account> openOnce(List<Singleton> wanted) {
    Map<String, Account> found = new HashMap<>();
    for (Account a : ledger.findSingletons(wanted.stream().map(Singleton::key).toList())) {
      found.put(a.singletonKey(), a);
    }
    List<Account> accounts = new ArrayList<>(wanted.size());
    for (Singleton w : wanted) {
      Account a = found.get(w.key());
      accounts.add(
          a != null ? a : openOnce(w.unit(), w.kind(), w.owner(), w.name(), w.noNegative()));
    }
    return accounts;
  }

  public Account get(String accountId) {
    return ledger
        .findAccount(accountId)
        .orElseThrow(
            () ->
                DomainException.notFound("ACCOUNT_NOT_FOUND")
                    .withMessage("ACCOUNT_NOT_FOUND.UNNAMED"));
  }

  /** The account of this kind and owner, if opened (null owner: the organization's own). */
  public Optional<Account> find(String kind, Account.Owner owner) {
    return ledger.findAccount(kind, owner);
  }

  /**
   * The balance read under a row lock, current even within a transaction that already posted to the
   * account (the entity's balance is not refreshed by postings).
   */
  public long lockedBalance(String accountId) {
    return ledger
        .lockBalance(accountId)
        .orElseThrow(
            () ->
                DomainException.notFound("ACCOUNT_NOT_FOUND")
                    .withMessage("ACCOUNT_NOT_FOUND.UNNAMED"));
  }

  public Page<Account> list(PageRequest page) {
    return page.page(ledger.accounts(page.afterId(), page.limit() + 1), Account::id);
  }

  public long balanceAt(String accountId, LocalDate at) {
    return ledger.balanceAt(get(accountId).id(), at);
  }

  /** Statement lines after the cursor (the seq of the last line seen). */
  public Page<StatementLine> statement(String accountId, PageRequest page) {
    return statement(accountId, null, null, page);
  }

  /** Statement lines with an effective date in [from, to] (either may be null). */
  public Page<StatementLine> statement(
      String accountId, LocalDate from, LocalDate to, PageRequest page) {
    Account account = get(accountId);
    long after = page.after() == null ? 0 : page.afterLong();
    return page.page(
        ledger.statement(account.id(), from, to, after, page.limit() + 1),
        l -> Long.toString(l.seq()));
  }

  /**
   * The account's postings effective in [{@code from}, {@code to}], for period statements; refused
   * (422 STATEMENT_TOO_LONG) beyond {@code max} lines rather than silently cut.
   */
  public java.util.List<StatementLine> movements(
      String accountId, LocalDate from, LocalDate to, int max) {
    var lines = ledger.postingsBetween(get(accountId).id(), from, to, max + 1);
    if (lines.size() > max) {
      throw DomainException.rule("STATEMENT_TOO_LONG").with(max);
    }
    return lines;
  }

  public LedgerRepository.Invariants invariants() {
    return ledger.invariants();
  }
}
