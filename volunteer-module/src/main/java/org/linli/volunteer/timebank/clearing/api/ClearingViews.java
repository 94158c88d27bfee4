package org.linli.volunteer.timebank.clearing.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linli.fund.ledger.domain.Unit;
import org.linli.volunteer.timebank.clearing.application.ClearingAgreements;
import org.linli.volunteer.timebank.clearing.application.ClearingStatements;
import org.linli.volunteer.timebank.clearing.domain.AgreementStatus;
import org.linli.volunteer.timebank.clearing.domain.ClearingAgreement;
import org.linli.volunteer.timebank.clearing.domain.InboundRequest;
import org.linli.volunteer.timebank.clearing.domain.InboundStatus;
import org.linli.volunteer.timebank.clearing.domain.OutboundRequest;
import org.linli.volunteer.timebank.clearing.domain.OutboundStatus;

/** What the clearing API shows: hours as two-decimal strings, this organization's side only. */
public final class ClearingViews {
  private ClearingViews() {}

  /**
   * @param payableHours this organization's clearing balance with the counterparty: positive, hours
   *     it owes (held or settled for its volunteers); negative, hours owed to it
   */
  public record AgreementView(
      String id,
      String counterpartyOrg,
      String proposedBy,
      String limitHours,
      @Schema(implementation = AgreementStatus.class) String status,
      String payableHours,
      Instant createdAt,
      Instant acceptedAt,
      Instant suspendedAt,
      String suspendedBy) {
    static AgreementView of(ClearingAgreements.Line line) {
      ClearingAgreement a = line.agreement();
      return new AgreementView(
          a.id(),
          a.counterparty(),
          a.proposedBy(),
          Unit.HOUR.format(a.limitMinutes()),
          a.status().name(),
          Unit.HOUR.format(line.payableMinutes()),
          a.createdAt(),
          a.acceptedAt(),
          a.suspendedAt(),
          a.suspendedBy());
    }
  }

  public record OutboundView(
      String id,
      String serviceOrg,
      String volunteerId,
      String serviceCategory,
      String description,
      String hours,
      @Schema(implementation = OutboundStatus.class) String status,
      String declineReason,
      Instant createdAt,
      Instant settledAt,
      Instant declinedAt,
      Instant releasedAt) {
    static OutboundView of(OutboundRequest r) {
      return new OutboundView(
          r.id(),
          r.serviceOrg(),
          r.volunteerId(),
          r.serviceCategory(),
          r.description(),
          Unit.HOUR.format(r.minutes()),
          r.status().name(),
          r.declineReason(),
          r.createdAt(),
          r.settledAt(),
          r.declinedAt(),
          r.releasedAt());
    }
  }

  public record InboundView(
      String id,
      String sourceOrg,
      String requesterName,
      String serviceCategory,
      String description,
      String hours,
      @Schema(implementation = InboundStatus.class) String status,
      String providerVolunteerId,
      String declineReason,
      Instant createdAt,
      Instant settledAt,
      Instant closedAt) {
    static InboundView of(InboundRequest r) {
      return new InboundView(
          r.id(),
          r.sourceOrg(),
          r.requesterName(),
          r.serviceCategory(),
          r.description(),
          Unit.HOUR.format(r.minutes()),
          r.status().name(),
          r.providerVolunteerId(),
          r.declineReason(),
          r.createdAt(),
          r.settledAt(),
          r.closedAt());
    }
  }

  /** Balances signed as in {@link AgreementView#payableHours}. */
  public record StatementView(
      @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-[0-9]{2}$", description = "yyyy-MM")
          String period,
      List<CounterpartyView> counterparties) {
    static StatementView of(ClearingStatements.Statement s) {
      return new StatementView(
          s.period().toString(), s.counterparties().stream().map(CounterpartyView::of).toList());
    }
  }

  public record CounterpartyView(
      String counterpartyOrg,
      String openingHours,
      String closingHours,
      List<MovementView> movements,
      List<OpenItemView> openItems) {
    static CounterpartyView of(ClearingStatements.CounterpartyStatement c) {
      return new CounterpartyView(
          c.counterparty(),
          Unit.HOUR.format(c.openingMinutes()),
          Unit.HOUR.format(c.closingMinutes()),
          c.movements().stream()
              .map(
                  m ->
                      new MovementView(
                          m.date().toString(),
                          m.type(),
                          m.requestId(),
                          m.transactionId(),
                          Unit.HOUR.format(m.minutes())))
              .toList(),
          c.openItems().stream()
              .map(
                  o ->
                      new OpenItemView(
                          o.requestId(),
                          o.direction(),
                          o.statusNow(),
                          Unit.HOUR.format(o.minutes())))
              .toList());
    }
  }

  public record MovementView(
      @Schema(type = SchemaType.STRING, format = "date") String date,
      String type,
      String requestId,
      String transactionId,
      String hours) {}

  public record OpenItemView(String requestId, String direction, String status, String hours) {}
}
