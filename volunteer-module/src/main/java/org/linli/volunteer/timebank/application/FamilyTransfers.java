package org.linli.volunteer.timebank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.linli.fund.ledger.application.LedgerPostings;
import org.linli.fund.ledger.domain.Account;
import org.linli.fund.ledger.domain.LedgerTransaction;
import org.linli.fund.ledger.domain.Unit;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.kernel.time.ChinaTime;
import org.linli.volunteer.registration.application.VolunteerRegistry;
import org.linli.volunteer.registration.domain.AgePolicy;
import org.linli.volunteer.registration.domain.Volunteer;
import org.linli.volunteer.timebank.application.WithdrawalCommands.TransferToFamily;
import org.linli.volunteer.timebank.domain.Beneficiary;
import org.linli.volunteer.timebank.domain.BeneficiaryRepository;
import org.linli.volunteer.timebank.domain.FamilyTransfer;
import org.linli.volunteer.timebank.domain.FamilyTransferRepository;
import org.linli.volunteer.timebank.domain.TimeBankRules;
import org.linli.volunteer.timebank.domain.TimeHolder;

/**
 * A volunteer gives stored hours to a registered family member, who must have reached the age the
 * rules in force on the transfer's date set, within the yearly limit of those rules.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class FamilyTransfers {
  static final String TX_KIND = "TIME_FAMILY_TRANSFER";

  @Inject FamilyTransferRepository transfers;
  @Inject BeneficiaryRepository beneficiaries;
  @Inject VolunteerRegistry volunteers;
  @Inject TimeBankRuleBook ruleBook;
  @Inject HolderAccounts accounts;
  @Inject LedgerPostings postings;
  @Inject TimeBankCaller caller;
  @Inject AuditLog auditLog;

  public FamilyTransfer transfer(TransferToFamily cmd) {
    caller.requireSelfOrStaff(cmd.volunteerId());
    Volunteer volunteer = volunteers.get(cmd.volunteerId());
    Beneficiary beneficiary =
        beneficiaries
            .find(cmd.beneficiaryId())
            .orElseThrow(() -> DomainException.notFound("BENEFICIARY_NOT_FOUND"));
    if (!beneficiary.volunteerId().equals(volunteer.id())) {
      throw DomainException.rule("NOT_FAMILY_OF_VOLUNTEER");
    }
    if (cmd.minutes() <= 0) {
      throw DomainException.invalidField("hours", "INVALID_AMOUNT");
    }
    LocalDate today = ChinaTime.today();
    TimeBankRules rules = ruleBook.inForce(today);
    if (AgePolicy.ageOn(beneficiary.birthDate(), today) < rules.familyMinAge()) {
      throw DomainException.rule("BENEFICIARY_TOO_YOUNG").with(rules.familyMinAge());
    }
    FamilyTransfer transfer =
        new FamilyTransfer(
            UUID.randomUUID().toString(),
            beneficiary,
            cmd.minutes(),
            today,
            caller.actor(),
            Instant.now());
    // Audited before any ledger lock: the tenant's audit chain head is locked by every audited
    // change, so taking it first keeps one lock order (audit head, then accounts), as approvals do.
    auditLog.record(
        "TIME_FAMILY_TRANSFERRED",
        "time_family_transfer",
        transfer.id(),
        null,
        "{\"beneficiaryId\":\"" + beneficiary.id() + "\",\"minutes\":" + cmd.minutes() + "}");
    Account from =
        accounts.existingCredit(TimeHolder.volunteer(volunteer.id())).orElseThrow(() -> broke());
    Account to = accounts.credit(beneficiary.holder());
    // The volunteer's account lock serializes their transfers: two at once cannot both see room
    // under the yearly limit.
    long balance = accounts.lockInIdOrder(from.id(), to.id()).get(from.id());
    long thisYear =
        transfers.minutesBetween(
            volunteer.id(), today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear()));
    if (thisYear + cmd.minutes() > rules.familyTransferMaxMinutesPerYear()) {
      throw DomainException.rule("FAMILY_TRANSFER_LIMIT_EXCEEDED")
          .with(
              Unit.HOUR.format(rules.familyTransferMaxMinutesPerYear()),
              Unit.HOUR.format(thisYear));
    }
    if (balance < cmd.minutes()) {
      throw broke();
    }
    transfers.add(transfer);
    postings.post(
        LedgerTransaction.builder(transfer.transactionId(), TX_KIND, today)
            .memo("转赠亲属 (to family beneficiary " + beneficiary.id() + ")")
            .post(from.id(), Unit.HOUR, -cmd.minutes())
            .post(to.id(), Unit.HOUR, cmd.minutes())
            .build());
    return transfer;
  }

  /** Staff see every transfer (or one volunteer's); a volunteer only their own. */
  public Page<FamilyTransfer> list(String volunteerId, PageRequest page) {
    String only = volunteerId;
    if (!caller.isStaff()) {
      String own = caller.ownVolunteerId().orElse(null);
      if (own == null || (volunteerId != null && !volunteerId.equals(own))) {
        return new Page<>(List.of(), null);
      }
      only = own;
    }
    return page.page(transfers.list(only, page.afterId(), page.limit() + 1), FamilyTransfer::id);
  }

  private static DomainException broke() {
    return DomainException.rule("INSUFFICIENT_BALANCE").withMessage("INSUFFICIENT_BALANCE.HOURS");
  }
}
