package org.linli.volunteer.timebank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.linli.fund.ledger.application.LedgerAccounts;
import org.linli.fund.ledger.application.LedgerPostings;
import org.linli.fund.ledger.domain.Account;
import org.linli.fund.ledger.domain.LedgerTransaction;
import org.linli.fund.ledger.domain.Unit;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.kernel.time.ChinaTime;
import org.linli.volunteer.registration.application.VolunteerCommands.ChangeVolunteerStatus;
import org.linli.volunteer.registration.application.VolunteerRegistry;
import org.linli.volunteer.registration.domain.Volunteer;
import org.linli.volunteer.registration.domain.VolunteerStatus;
import org.linli.volunteer.timebank.domain.DeceasedBalanceRule;
import org.linli.volunteer.timebank.domain.DeceasedSettlement;
import org.linli.volunteer.timebank.domain.DeceasedSettlementRepository;
import org.linli.volunteer.timebank.domain.DepositSplit;
import org.linli.volunteer.timebank.domain.TimeAccountKinds;
import org.linli.volunteer.timebank.domain.TimeBankRules;

/**
 * A deceased holder's balance, settled once under the rules in force on the settlement date: the
 * ordinary credit to the named heir (HEIR_OR_POOL) or to the pool, donate-only hours always to the
 * pool. The volunteer leaves the organization, and hours approved for them later go to the pool.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class DeceasedSettlements {
  @Inject DeceasedSettlementRepository settlements;
  @Inject TimeAccounts accounts;
  @Inject TimeBankRuleBook ruleBook;
  @Inject LedgerAccounts ledgerAccounts;
  @Inject LedgerPostings postings;
  @Inject VolunteerRegistry volunteers;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;

  /** Whether the volunteer's time accounts were settled after their death. */
  public boolean settled(String volunteerId) {
    return settlements.find(volunteerId).isPresent();
  }

  public DeceasedSettlement settle(SettleDeceasedHolder cmd) {
    Volunteer deceased = volunteers.get(cmd.volunteerId());
    if (cmd.dateOfDeath().isAfter(ChinaTime.today())) {
      throw DomainException.invalidField("dateOfDeath", "DATE_OF_DEATH_IN_FUTURE");
    }
    // The issued account is every time bank movement's first lock: a concurrent deposit or a
    // second settlement waits here, then sees this settlement.
    ledgerAccounts.lockedBalance(accounts.issued().id());
    if (settled(deceased.id())) {
      throw DomainException.conflict("ALREADY_SETTLED");
    }
    TimeBankRules rules = ruleBook.inForce(ChinaTime.today());
    Volunteer heir = heir(cmd, deceased, rules.deceasedBalance());
    Optional<Account> credit = accounts.find(TimeAccountKinds.CREDIT, deceased.id());
    Optional<Account> donateOnly = accounts.find(TimeAccountKinds.DONATE_ONLY, deceased.id());
    Account pool = accounts.pool();
    Account heirCredit = heir == null ? null : accounts.credit(heir.id());
    var locked =
        lockInIdOrder(credit, donateOnly, Optional.of(pool), Optional.ofNullable(heirCredit));
    long creditMinutes = credit.map(a -> locked.get(a.id())).orElse(0L);
    long donateOnlyMinutes = donateOnly.map(a -> locked.get(a.id())).orElse(0L);
    long toHeir = 0;
    if (heir != null && creditMinutes > 0) {
      // The heir's storage cap holds for an inheritance too; what exceeds it goes to the pool.
      toHeir =
          DepositSplit.of(locked.get(heirCredit.id()), creditMinutes, rules.capMinutes())
              .toVolunteer();
    }
    long toPool = creditMinutes - toHeir + donateOnlyMinutes;
    String txId = null;
    if (creditMinutes + donateOnlyMinutes > 0) {
      txId = "tb-deceased:" + deceased.id();
      LedgerTransaction.Builder tx =
          LedgerTransaction.builder(txId, "TIME_DECEASED_SETTLEMENT", ChinaTime.today())
              .memo("身故结算 (deceased holder " + deceased.volunteerNo() + ")");
      if (creditMinutes > 0) {
        tx.post(credit.get().id(), Unit.HOUR, -creditMinutes);
      }
      if (donateOnlyMinutes > 0) {
        tx.post(donateOnly.get().id(), Unit.HOUR, -donateOnlyMinutes);
      }
      if (toHeir > 0) {
        tx.post(heirCredit.id(), Unit.HOUR, toHeir);
      }
      if (toPool > 0) {
        tx.post(pool.id(), Unit.HOUR, toPool);
      }
      postings.post(tx.build());
    }
    DeceasedSettlement settlement =
        new DeceasedSettlement(
            deceased.id(),
            cmd.dateOfDeath(),
            cmd.evidence().strip(),
            new DeceasedSettlement.Outcome(
                rules.deceasedBalance(), heir == null ? null : heir.id(), toHeir, toPool, txId),
            requestContext.actor(),
            Instant.now());
    settlements.add(settlement);
    audit(settlement);
    if (deceased.status().canBecome(VolunteerStatus.LEFT)) {
      volunteers.changeStatus(
          new ChangeVolunteerStatus(deceased.id(), VolunteerStatus.LEFT, "身故 (deceased)"));
    }
    return settlement;
  }

  /** The named heir, if the rules let the balance go to one: an active volunteer here. */
  private Volunteer heir(SettleDeceasedHolder cmd, Volunteer deceased, DeceasedBalanceRule rule) {
    if (cmd.heirVolunteerId() == null) {
      return null;
    }
    if (rule != DeceasedBalanceRule.HEIR_OR_POOL) {
      throw DomainException.rule("HEIR_NOT_ALLOWED");
    }
    if (cmd.heirVolunteerId().equals(deceased.id())) {
      throw DomainException.rule("HEIR_NOT_ELIGIBLE");
    }
    Volunteer heir = volunteers.get(cmd.heirVolunteerId());
    if (heir.status() != VolunteerStatus.ACTIVE) {
      throw DomainException.rule("HEIR_NOT_ELIGIBLE")
          .withMessage("HEIR_NOT_ELIGIBLE.NOT_ACTIVE_HERE");
    }
    return heir;
  }

  /** Locks the accounts in ascending id order, as the ledger does, and reads their balances. */
  @SafeVarargs
  private TreeMap<String, Long> lockInIdOrder(Optional<Account>... candidates) {
    TreeMap<String, Long> balances = new TreeMap<>();
    List.of(candidates).forEach(a -> a.ifPresent(account -> balances.put(account.id(), 0L)));
    balances.replaceAll((id, zero) -> ledgerAccounts.lockedBalance(id));
    return balances;
  }

  private void audit(DeceasedSettlement s) {
    auditLog.record(
        "TIME_ACCOUNT_DECEASED_SETTLED",
        "volunteer",
        s.volunteerId(),
        null,
        Json.createObjectBuilder()
            .add("rule", s.rule().name())
            .add("heirVolunteerId", s.heirVolunteerId() == null ? "" : s.heirVolunteerId())
            .add("toHeirMinutes", s.toHeirMinutes())
            .add("toPoolMinutes", s.toPoolMinutes())
            .add("dateOfDeath", s.dateOfDeath().toString())
            .build()
            .toString());
  }
}
