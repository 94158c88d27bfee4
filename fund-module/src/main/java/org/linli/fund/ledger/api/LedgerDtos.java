package org.linli.fund.ledger.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linli.fund.ledger.domain.Account;
import org.linli.fund.ledger.domain.LedgerRepository.Invariants;
import org.linli.fund.ledger.domain.LedgerRepository.StatementLine;
import org.linli.fund.ledger.domain.LedgerRepository.StoredTransaction;
import org.linli.fund.ledger.domain.LedgerTransaction;
import org.linli.fund.ledger.domain.Unit;
import org.linli.kernel.api.QueryParams;

/**
 * Bodies of the ledger APIs. Amounts are decimal strings in the unit's display form (CNY "123.45",
 * HOUR "1.50", POINT "10"); {@code minor} fields carry the exact stored value.
 */
public final class LedgerDtos {
  private LedgerDtos() {}

  static final String CLIENT_ID = "[A-Za-z0-9][A-Za-z0-9._:-]{0,99}";

  static Unit unit(String raw) {
    return QueryParams.enumValue(Unit.class, "unit", raw);
  }

  public record OwnerInput(
      @NotBlank @Size(max = 40) String type, @NotBlank @Size(max = 100) String id) {}

  public record OpenAccountRequest(
      @Schema(implementation = Unit.class) @NotBlank String unit,
      @NotBlank @Size(max = 40) String kind,
      @Valid OwnerInput owner,
      @Size(max = 200) String name,
      boolean noNegative) {}

  public record AccountView(
      String id,
      @Schema(implementation = Unit.class) String unit,
      String kind,
      OwnerInput owner,
      String name,
      boolean noNegative,
      String balance,
      long balanceMinor,
      Instant createdAt) {
    static AccountView of(Account a) {
      Account.Owner o = a.owner();
      return new AccountView(
          a.id(),
          a.unit().name(),
          a.kind(),
          o == null ? null : new OwnerInput(o.type(), o.id()),
          a.name(),
          a.noNegative(),
          a.unit().format(a.balance()),
          a.balance(),
          a.createdAt());
    }
  }

  public record PostingInput(
      @NotBlank String accountId, @NotBlank String unit, @NotBlank String amount) {}

  public record TransactionRequest(
      @NotBlank @Pattern(regexp = CLIENT_ID) String id,
      @NotBlank @Size(max = 40) String kind,
      @Size(max = 500) String memo,
      @NotNull LocalDate effectiveDate,
      @NotEmpty @Size(max = 100) List<@NotNull @Valid PostingInput> postings) {
    LedgerTransaction toTransaction() {
      var builder = LedgerTransaction.builder(id, kind, effectiveDate).memo(memo);
      for (int i = 0; i < postings.size(); i++) {
        PostingInput p = postings.get(i);
        Unit unit = unit(p.unit());
        builder.post(p.accountId(), unit, unit.parse("postings[" + i + "].amount", p.amount()));
      }
      return builder.build();
    }
  }

  public record ReversalRequest(
      @NotBlank @Pattern(regexp = CLIENT_ID) String id, @Size(max = 500) String memo) {}

  public record PostingView(
      String accountId,
      @Schema(implementation = Unit.class) String unit,
      String amount,
      long amountMinor) {}

  public record TransactionView(
      String id,
      String kind,
      String memo,
      LocalDate effectiveDate,
      String reversesId,
      List<PostingView> postings,
      Instant createdAt) {
    static TransactionView of(StoredTransaction s) {
      LedgerTransaction t = s.tx();
      return new TransactionView(
          t.id(),
          t.kind(),
          t.memo(),
          t.effectiveDate(),
          t.reversesId(),
          t.postings().stream()
              .map(
                  p ->
                      new PostingView(
                          p.accountId(), p.unit().name(), p.unit().format(p.amount()), p.amount()))
              .toList(),
          s.createdAt());
    }
  }

  public record StatementLineView(
      String transactionId,
      String kind,
      String memo,
      LocalDate effectiveDate,
      String amount,
      long amountMinor,
      String balance,
      long balanceMinor) {
    static StatementLineView of(Unit unit, StatementLine l) {
      return new StatementLineView(
          l.transactionId(),
          l.kind(),
          l.memo(),
          l.effectiveDate(),
          unit.format(l.amount()),
          l.amount(),
          unit.format(l.runningBalance()),
          l.runningBalance());
    }
  }

  public record BalanceView(
      String accountId, String unit, LocalDate at, String balance, long balanceMinor) {}

  public record InvariantsView(
      boolean ok, long accounts, long postings, long unbalancedUnits, long mismatchedAccounts) {
    static InvariantsView of(Invariants i) {
      return new InvariantsView(
          i.ok(), i.accounts(), i.postings(), i.unbalancedUnits(), i.mismatchedAccounts());
    }
  }
}
