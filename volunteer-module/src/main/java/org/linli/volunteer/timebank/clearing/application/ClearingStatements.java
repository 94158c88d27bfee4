package org.linli.volunteer.timebank.clearing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.linli.fund.ledger.application.LedgerAccounts;
import org.linli.fund.ledger.domain.Account;
import org.linli.fund.ledger.domain.LedgerRepository.StatementLine;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.kernel.time.ChinaTime;
import org.linli.volunteer.timebank.clearing.domain.ClearingRepository;

/**
 * Clearing statements of the bound organization for one month, per counterparty: balances and
 * movements from its own clearing account (positive: hours it owes the counterparty), and the
 * requests still open at the end of the month. Nothing of the other side is read.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class ClearingStatements {
  /** Movements of one counterparty in one month before the statement refuses (422). */
  private static final int MAX_MOVEMENTS = 10_000;

  @Inject ClearingRepository repository;
  @Inject ClearingLedger clearingLedger;
  @Inject LedgerAccounts ledger;

  /** Balances and amounts in minutes. */
  public record Statement(YearMonth period, List<CounterpartyStatement> counterparties) {}

  public record CounterpartyStatement(
      String counterparty,
      long openingMinutes,
      long closingMinutes,
      List<Movement> movements,
      List<OpenItem> openItems) {}

  /** One posting on the clearing account: HOLD, RELEASE or SETTLEMENT of a request. */
  public record Movement(
      LocalDate date, String transactionId, String type, String requestId, long minutes) {}

  /** A request not settled, cancelled, declined (inbound) or released (outbound) at month end. */
  public record OpenItem(String requestId, String direction, String statusNow, long minutes) {}

  public Statement of(YearMonth period) {
    LocalDate from = period.atDay(1);
    LocalDate to = period.atEndOfMonth();
    Instant end = to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
    List<CounterpartyStatement> all = new ArrayList<>();
    for (String counterparty : repository.counterparties()) {
      Account account = clearingLedger.find(counterparty).orElse(null);
      long opening = account == null ? 0 : ledger.balanceAt(account.id(), from.minusDays(1));
      long closing = account == null ? 0 : ledger.balanceAt(account.id(), to);
      List<Movement> movements =
          account == null
              ? List.of()
              : ledger.movements(account.id(), from, to, MAX_MOVEMENTS).stream()
                  .map(ClearingStatements::movement)
                  .toList();
      List<OpenItem> open = new ArrayList<>();
      repository
          .outboundHeldAt(counterparty, end)
          .forEach(r -> open.add(new OpenItem(r.id(), "OUTBOUND", r.status().name(), r.minutes())));
      repository
          .inboundPendingAt(counterparty, end)
          .forEach(r -> open.add(new OpenItem(r.id(), "INBOUND", r.status().name(), r.minutes())));
      all.add(new CounterpartyStatement(counterparty, opening, closing, movements, open));
    }
    return new Statement(period, all);
  }

  private static Movement movement(StatementLine line) {
    String id = line.transactionId();
    String type =
        id.startsWith("tbx-hold:")
            ? "HOLD"
            : id.startsWith("tbx-release:")
                ? "RELEASE"
                : id.startsWith("tbx-settle:") ? "SETTLEMENT" : "OTHER";
    String requestId = id.contains(":") ? id.substring(id.indexOf(':') + 1) : null;
    return new Movement(line.effectiveDate(), id, type, requestId, line.amount());
  }
}
