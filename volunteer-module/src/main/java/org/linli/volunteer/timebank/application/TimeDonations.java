package org.linli.volunteer.timebank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.linli.fund.ledger.application.LedgerAccounts;
import org.linli.fund.ledger.application.LedgerPostings;
import org.linli.fund.ledger.domain.Account;
import org.linli.fund.ledger.domain.LedgerRepository.StatementLine;
import org.linli.fund.ledger.domain.LedgerTransaction;
import org.linli.fund.ledger.domain.Unit;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.kernel.time.ChinaTime;
import org.linli.volunteer.registration.domain.Volunteer;
import org.linli.volunteer.registration.domain.VolunteerRepository;
import org.linli.volunteer.timebank.domain.TimeAccountKinds;

/**
 * Donations of hours to the community pool, by the volunteer or recorded by staff on their behalf,
 * and the pool's balance and statement. The only way donate-only hours ever leave their account.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class TimeDonations {
  @Inject TimeAccounts accounts;
  @Inject LedgerAccounts ledgerAccounts;
  @Inject LedgerPostings postings;
  @Inject VolunteerRepository volunteers;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;

  /** A posted donation; balances in minutes right after it. */
  public record Donation(
      String transactionId,
      String volunteerId,
      String from,
      long minutes,
      long balanceAfterMinutes,
      long poolMinutes) {}

  /** The pool's balance in minutes and a page of its statement. */
  public record Pool(long balanceMinutes, Page<StatementLine> statement) {}

  public Donation donate(DonateHours cmd) {
    if (cmd.minutes() <= 0) {
      throw DomainException.invalidField("hours", "INVALID_AMOUNT");
    }
    String kind = sourceKind(cmd.from());
    Volunteer donor = donor(cmd);
    // The issued account first, like every time bank movement, so none of them deadlock.
    ledgerAccounts.lockedBalance(accounts.issued().id());
    Account source =
        accounts
            .find(kind, donor.id())
            .orElseThrow(
                () ->
                    DomainException.rule("INSUFFICIENT_BALANCE")
                        .withMessage("INSUFFICIENT_BALANCE.NO_HOURS"));
    Account pool = accounts.pool();
    String txId = "tb-donation:" + UUID.randomUUID();
    postings.post(
        LedgerTransaction.builder(txId, "TIME_DONATION", ChinaTime.today())
            .memo("捐赠至公共池 (donation by " + donor.volunteerNo() + ")")
            .post(source.id(), Unit.HOUR, -cmd.minutes())
            .post(pool.id(), Unit.HOUR, cmd.minutes())
            .build());
    auditLog.record(
        "TIME_DONATED",
        "ledger_transaction",
        txId,
        null,
        Json.createObjectBuilder()
            .add("volunteerId", donor.id())
            .add("from", cmd.from())
            .add("minutes", cmd.minutes())
            .add("onBehalf", !donor.personId().equals(requestContext.personId()))
            .add("reason", cmd.reason() == null ? "" : cmd.reason())
            .build()
            .toString());
    return new Donation(
        txId,
        donor.id(),
        cmd.from(),
        cmd.minutes(),
        ledgerAccounts.lockedBalance(source.id()),
        ledgerAccounts.lockedBalance(pool.id()));
  }

  public Pool pool(PageRequest page) {
    return ledgerAccounts
        .find(TimeAccountKinds.POOL, null)
        .map(p -> new Pool(p.balance(), ledgerAccounts.statement(p.id(), page)))
        .orElse(new Pool(0, new Page<>(List.of(), null)));
  }

  /**
   * The caller's own volunteer profile when no one else is named; staff naming another volunteer
   * donate on their behalf and must say why. Anyone else's id is 404, as if it did not exist.
   */
  private Volunteer donor(DonateHours cmd) {
    var own =
        volunteers
            .findByPerson(requestContext.personId())
            .filter(v -> cmd.volunteerId() == null || v.id().equals(cmd.volunteerId()));
    if (own.isPresent()) {
      return own.get();
    }
    if (cmd.volunteerId() == null || !isStaff()) {
      throw DomainException.notFound("VOLUNTEER_NOT_FOUND")
          .withMessage("VOLUNTEER_NOT_FOUND.OWN_HOURS_ONLY");
    }
    if (cmd.reason() == null || cmd.reason().isBlank()) {
      throw DomainException.invalidField("reason", "REASON_REQUIRED")
          .withMessage("REASON_REQUIRED.DONATION_ON_BEHALF");
    }
    return volunteers
        .find(cmd.volunteerId())
        .orElseThrow(() -> DomainException.notFound("VOLUNTEER_NOT_FOUND"));
  }

  private static String sourceKind(String from) {
    if ("CREDIT".equals(from)) {
      return TimeAccountKinds.CREDIT;
    }
    if ("DONATE_ONLY".equals(from)) {
      return TimeAccountKinds.DONATE_ONLY;
    }
    throw DomainException.invalidField("from", "INVALID_DONATION_SOURCE");
  }

  private boolean isStaff() {
    return requestContext.hasOrgRole(OrgRole.STAFF.wireName())
        || requestContext.hasOrgRole(OrgRole.ORG_ADMIN.wireName());
  }
}
