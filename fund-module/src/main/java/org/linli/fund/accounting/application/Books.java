package org.linli.fund.accounting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.linli.fund.accounting.domain.BooksRepository;
import org.linli.fund.accounting.domain.ChartAccount;
import org.linli.fund.accounting.domain.ChartVersion;
import org.linli.fund.accounting.domain.StandardChart;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.kernel.time.ChinaTime;

/**
 * An organization's books: opened on first use with the 制度 version in force (or explicitly with a
 * chosen one), the standard chart seeded then, 明细科目 added later.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class Books {
  @Inject BooksRepository books;
  @Inject AuditLog auditLog;

  /** The books' version, opening them with the version in force today when not yet open. */
  public ChartVersion ensureOpen() {
    return books.version().orElseGet(() -> open(ChartVersion.inForceOn(ChinaTime.today())));
  }

  /** Opens the books with a version; 409 BOOKS_ALREADY_OPEN when they follow another one. */
  public ChartVersion open(ChartVersion version) {
    Instant now = Instant.now();
    if (books.open(version, now)) {
      StandardChart.of(version).forEach(a -> books.addAccount(a, now));
      auditLog.record(
          "BOOKS_OPENED",
          "accounting_books",
          version.code(),
          null,
          "{\"chartVersion\":\"" + version.code() + "\"}");
      return version;
    }
    ChartVersion existing = books.version().orElseThrow();
    if (existing != version) {
      throw DomainException.conflict("BOOKS_ALREADY_OPEN").with(existing.code());
    }
    return existing;
  }

  public List<ChartAccount> chart() {
    ensureOpen();
    return books.chart();
  }

  /** A 明细科目 under an existing account; the parent must have no postings of its own yet. */
  public ChartAccount addSubAccount(String parentCode, String code, String name) {
    ensureOpen();
    ChartAccount parent = require(parentCode);
    ChartAccount account = ChartAccount.subAccountOf(parent, code, name);
    if (books.hasLines(parentCode)) {
      // Its own lines would no longer sit on a leaf.
      throw DomainException.rule("ACCOUNT_HAS_POSTINGS").with(parentCode);
    }
    if (books.account(account.code()).isPresent()) {
      throw DomainException.conflict("ACCOUNT_CODE_TAKEN").with(account.code());
    }
    books.addAccount(account, Instant.now());
    auditLog.record(
        "CHART_ACCOUNT_ADDED",
        "accounting_account",
        account.code(),
        null,
        "{\"parent\":\"" + parentCode + "\"}");
    return account;
  }

  /** The account with this code (422 ACCOUNT_NOT_IN_CHART otherwise). */
  public ChartAccount require(String code) {
    ensureOpen();
    return books
        .account(code)
        .orElseThrow(() -> DomainException.rule("ACCOUNT_NOT_IN_CHART").with(String.valueOf(code)));
  }

  /** A leaf account for a posting (422 ACCOUNT_NOT_LEAF for a parent). */
  public ChartAccount requireLeaf(String code) {
    ChartAccount account = require(code);
    if (books.hasChildren(code)) {
      throw DomainException.rule("ACCOUNT_NOT_LEAF").with(code);
    }
    return account;
  }
}
