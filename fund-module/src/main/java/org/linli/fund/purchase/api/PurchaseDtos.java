package org.linli.fund.purchase.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linli.fund.ledger.domain.Unit;
import org.linli.fund.purchase.application.Contracts;
import org.linli.fund.purchase.application.Residents;
import org.linli.fund.purchase.application.ServiceOrders;
import org.linli.fund.purchase.domain.Amendment;
import org.linli.fund.purchase.domain.Contract;
import org.linli.fund.purchase.domain.ContractItem;
import org.linli.fund.purchase.domain.ContractResident;
import org.linli.fund.purchase.domain.ContractTerm;
import org.linli.fund.purchase.domain.ContractVersion;
import org.linli.fund.purchase.domain.EligibilityCategory;
import org.linli.fund.purchase.domain.Evidence;
import org.linli.fund.purchase.domain.Geo;
import org.linli.fund.purchase.domain.OrderFlag;
import org.linli.fund.purchase.domain.OrderLabel;
import org.linli.fund.purchase.domain.Resident;
import org.linli.fund.purchase.domain.ServiceOrder;
import org.linli.fund.purchase.domain.ServiceUnit;
import org.linli.kernel.api.QueryParams;

/** Bodies of the purchase API; money as decimal strings in yuan ("12.50"). */
public final class PurchaseDtos {
  private PurchaseDtos() {}

  static long yuan(String field, String text) {
    long fen = Unit.CNY.parse(field, text);
    if (fen <= 0) {
      throw org.linli.kernel.error.DomainException.invalidField(field, "INVALID_AMOUNT");
    }
    return fen;
  }

  static String yuan(long fen) {
    return Unit.CNY.format(fen);
  }

  // ---- contracts

  public record ContractItemRequest(
      @NotBlank @Schema(example = "MEAL_AID", description = "Upper-case code, unique per version")
          String code,
      @NotBlank @Size(max = 60) @Schema(example = "助餐") String name,
      @NotNull
          @Schema(
              type = SchemaType.STRING,
              enumeration = {"VISIT", "HOUR", "MEAL"})
          String unit,
      @NotBlank @Schema(description = "Yuan per unit, > 0, at most two decimals", example = "15.00")
          String unitPrice,
      @NotNull @Schema(description = "Contracted units over the term") Integer quantity,
      @Schema(description = "Minimum minutes a visit must last (0: none)") Integer minMinutes,
      @NotNull
          @Size(min = 1, max = 5)
          @Schema(
              type = SchemaType.ARRAY,
              implementation = EligibilityCategory.class,
              description = "Eligible groups")
          List<String> eligibleGroups) {
    ContractItem toItem(int index) {
      EnumSet<EligibilityCategory> groups = EnumSet.noneOf(EligibilityCategory.class);
      for (String g : eligibleGroups) {
        groups.add(QueryParams.enumValue(EligibilityCategory.class, "items.eligibleGroups", g));
      }
      return new ContractItem(
          code,
          name.strip(),
          QueryParams.enumValue(ServiceUnit.class, "items.unit", unit),
          yuan("items[" + index + "].unitPrice", unitPrice),
          quantity,
          minMinutes == null ? 0 : minMinutes,
          groups);
    }
  }

  static List<ContractItem> items(List<ContractItemRequest> items) {
    if (items == null) {
      return List.of();
    }
    return java.util.stream.IntStream.range(0, items.size())
        .mapToObj(i -> items.get(i).toItem(i))
        .toList();
  }

  public record ContractDraftRequest(
      @NotBlank @Schema(description = "The provider organization's code", example = "sunshine-sw")
          String providerOrg,
      @NotBlank @Size(max = 40) @Schema(example = "GLMZ-2026-001") String number,
      @NotBlank @Size(max = 200) String title,
      @NotBlank @Size(max = 100) @Schema(description = "预算科目") String budgetLine,
      @Schema(description = "Recurring services may run up to 3 years, others up to 1")
          boolean recurring,
      @NotNull LocalDate termStart,
      @NotNull LocalDate termEnd,
      @NotBlank @Schema(example = "120000.00") String totalAmount,
      @Size(max = 2000) String performanceTargets,
      @NotNull @Size(min = 1, max = 30) @Valid List<ContractItemRequest> items) {
    Contracts.DraftContract toCommand() {
      return new Contracts.DraftContract(
          providerOrg.strip(),
          number.strip(),
          title.strip(),
          budgetLine.strip(),
          new ContractTerm(termStart, termEnd, recurring),
          yuan("totalAmount", totalAmount),
          performanceTargets == null ? "" : performanceTargets.strip(),
          PurchaseDtos.items(items));
    }
  }

  public record ContractAmendRequest(
      @NotNull LocalDate effectiveFrom,
      @Schema(description = "A new end of term (within the term limit); default: unchanged")
          LocalDate termEnd,
      @NotBlank String totalAmount,
      @Size(max = 500) String note,
      @NotNull @Size(min = 1, max = 30) @Valid List<ContractItemRequest> items) {
    Contracts.AmendContract toCommand(String id) {
      return new Contracts.AmendContract(
          id,
          effectiveFrom,
          termEnd,
          yuan("totalAmount", totalAmount),
          note,
          PurchaseDtos.items(items));
    }
  }

  public record ContractDecisionRequest(@Size(max = 500) String reason) {}

  public record ContractTerminationRequest(
      @NotNull LocalDate terminatedOn, @NotBlank @Size(max = 500) String reason) {}

  public record ContractPublicationRequest(boolean published) {}

  public record ContractItemView(
      String code,
      String name,
      @Schema(enumeration = {"VISIT", "HOUR", "MEAL"}) String unit,
      String unitPrice,
      int quantity,
      int minMinutes,
      List<String> eligibleGroups) {
    static ContractItemView of(ContractItem i) {
      return new ContractItemView(
          i.code(),
          i.name(),
          i.unit().name(),
          yuan(i.unitPrice()),
          i.quantity(),
          i.minMinutes(),
          i.eligibleGroups().stream().map(Enum::name).sorted().toList());
    }
  }

  public record ContractVersionView(
      int version,
      LocalDate effectiveFrom,
      LocalDate termEnd,
      String totalAmount,
      String note,
      Instant createdAt,
      @Schema(
              enumeration = {"SIGNED", "PROPOSED", "ACCEPTED", "REFUSED"},
              description =
                  "SIGNED: version 1. An amendment applies only once the provider accepted it;"
                      + " a refused one stays as history and never applies.")
          String state,
      @Schema(description = "When the provider accepted or refused the amendment")
          Instant decidedAt,
      String refusalReason,
      List<ContractItemView> items) {
    static ContractVersionView of(ContractVersion v, Amendment a) {
      return new ContractVersionView(
          v.version(),
          v.effectiveFrom(),
          v.termEnd(),
          yuan(v.totalAmount()),
          v.note(),
          v.createdAt(),
          v.version() == 1 ? "SIGNED" : a == null ? "ACCEPTED" : a.state().name(),
          a == null ? null : a.decidedAt(),
          a == null ? null : a.refusalReason(),
          v.items().stream().map(ContractItemView::of).toList());
    }
  }

  public record ContractView(
      String id,
      @Schema(
              enumeration = {"BUYER", "PROVIDER"},
              description = "Whose copy this is")
          String side,
      String buyerOrg,
      String buyerName,
      String providerOrg,
      String providerName,
      String number,
      String title,
      String budgetLine,
      boolean recurring,
      LocalDate termStart,
      LocalDate termEnd,
      String totalAmount,
      @Schema(enumeration = {"MONTHLY_BY_UNITS"}) String settlementMethod,
      String performanceTargets,
      @Schema(enumeration = {"DRAFT", "PROPOSED", "ACTIVE", "DECLINED", "TERMINATED"})
          String status,
      int currentVersion,
      boolean published,
      Instant createdAt,
      Instant proposedAt,
      Instant decidedAt,
      String declineReason,
      LocalDate terminatedOn,
      String terminationReason) {
    static ContractView of(Contract c) {
      return new ContractView(
          c.id(),
          c.side().name(),
          c.buyerOrg(),
          c.buyerName(),
          c.providerOrg(),
          c.providerName(),
          c.number(),
          c.title(),
          c.budgetLine(),
          c.term().recurring(),
          c.term().start(),
          c.term().end(),
          yuan(c.totalAmount()),
          c.settlementMethod(),
          c.performanceTargets(),
          c.status().name(),
          c.currentVersion(),
          c.published(),
          c.createdAt(),
          c.proposedAt(),
          c.decidedAt(),
          c.declineReason(),
          c.terminatedOn(),
          c.terminationReason());
    }
  }

  public record ContractDetailView(ContractView contract, List<ContractVersionView> versions) {
    static ContractDetailView of(Contracts.ContractDetail d) {
      return new ContractDetailView(
          ContractView.of(d.contract()),
          d.versions().stream()
              .map(v -> ContractVersionView.of(v, d.amendments().get(v.version())))
              .toList());
    }
  }

  // ---- residents

  public record ResidentRequest(
      @NotBlank @Size(max = 50) String name,
      @Schema(
              description = "Document type, default RESIDENT_ID",
              enumeration = {"RESIDENT_ID", "HMT_RESIDENCE_PERMIT", "PASSPORT"})
          String idType,
      @NotBlank @Size(max = 40) @Schema(description = "Stored encrypted, answered masked")
          String idNumber,
      @Size(max = 20) String phone,
      @NotBlank @Size(max = 200) String address,
      @Schema(description = "WGS-84 latitude, -90..90") BigDecimal latitude,
      @Schema(description = "WGS-84 longitude, -180..180") BigDecimal longitude,
      @NotNull
          @Schema(
              type = SchemaType.STRING,
              enumeration = {"DIBAO", "TEKUN", "LOW_INCOME", "ELDERLY", "DISABLED"})
          String category,
      @Size(max = 40) @Schema(description = "e.g. 轻度失能, 80岁以上") String level,
      @NotNull LocalDate eligibleFrom,
      LocalDate eligibleTo) {
    Residents.RegisterResident toCommand() {
      return new Residents.RegisterResident(
          name.strip(),
          idType == null ? "RESIDENT_ID" : idType,
          idNumber.strip(),
          phone == null || phone.isBlank() ? null : phone.strip(),
          address.strip(),
          Geo.point("location", latitude, longitude, false),
          QueryParams.enumValue(EligibilityCategory.class, "category", category),
          level,
          eligibleFrom,
          eligibleTo);
    }
  }

  public record ResidentStatusRequest(
      @NotNull
          @Schema(
              type = SchemaType.STRING,
              enumeration = {"ACTIVE", "DECEASED", "MOVED_AWAY"})
          String status,
      @NotNull LocalDate effectiveOn,
      @Size(max = 500) String note) {}

  public record ResidentView(
      String id,
      String personId,
      String name,
      @Schema(description = "Masked, e.g. 3201**********1234") String idNumberMasked,
      String phoneMasked,
      String address,
      BigDecimal latitude,
      BigDecimal longitude,
      String category,
      String level,
      LocalDate eligibleFrom,
      LocalDate eligibleTo,
      @Schema(enumeration = {"ACTIVE", "DECEASED", "MOVED_AWAY"}) String status,
      LocalDate statusOn,
      Instant createdAt) {
    static ResidentView of(Resident r) {
      return new ResidentView(
          r.id(),
          r.personId(),
          r.name(),
          r.idMasked(),
          r.phoneMasked(),
          r.address(),
          r.location() == null ? null : r.location().latitude(),
          r.location() == null ? null : r.location().longitude(),
          r.category().name(),
          r.level(),
          r.eligibleFrom(),
          r.eligibleTo(),
          r.status().name(),
          r.statusOn(),
          r.createdAt());
    }
  }

  public record ImportResultView(int imported, int alreadyOnRoster) {}

  public record AssignResidentRequest(@NotBlank String residentId) {}

  public record ContractResidentView(
      String residentId,
      String name,
      String idNumberMasked,
      String address,
      BigDecimal latitude,
      BigDecimal longitude,
      String category,
      String level,
      LocalDate eligibleFrom,
      LocalDate eligibleTo,
      String status,
      LocalDate statusOn,
      Instant assignedAt) {
    static ContractResidentView of(ContractResident r) {
      return new ContractResidentView(
          r.residentId(),
          r.name(),
          r.idMasked(),
          r.address(),
          r.location() == null ? null : r.location().latitude(),
          r.location() == null ? null : r.location().longitude(),
          r.category().name(),
          r.level(),
          r.eligibleFrom(),
          r.eligibleTo(),
          r.status().name(),
          r.statusOn(),
          r.assignedAt());
    }
  }

  // ---- orders

  public record OrderRequest(
      @NotBlank String contractId,
      @NotBlank String residentId,
      @NotBlank String itemCode,
      @NotNull LocalDate serviceDate,
      @Size(max = 500) String note) {
    ServiceOrders.CreateOrder toCommand() {
      return new ServiceOrders.CreateOrder(contractId, residentId, itemCode, serviceDate, note);
    }
  }

  public record AssignWorkerRequest(
      @NotBlank @Schema(description = "Person id of an active member of the provider")
          String workerPersonId) {}

  public record LocationRequest(
      @NotNull @Schema(description = "WGS-84 latitude, -90..90") BigDecimal latitude,
      @NotNull @Schema(description = "WGS-84 longitude, -180..180") BigDecimal longitude) {
    Resident.GeoPoint point() {
      return Geo.point("location", latitude, longitude, true);
    }
  }

  public record ConfirmationRequest(
      @NotBlank @Schema(description = "The resident's six-digit one-time code") String code) {}

  public record FollowUpRequest(
      @NotNull @Schema(description = "1 (very dissatisfied) to 5 (very satisfied)")
          Integer satisfaction,
      @Size(max = 500) String note) {}

  public record VisitView(
      Instant at, BigDecimal latitude, BigDecimal longitude, Integer distanceMetres) {
    static VisitView of(ServiceOrder.Visit v) {
      return v == null
          ? null
          : new VisitView(
              v.at(), v.location().latitude(), v.location().longitude(), v.distanceMetres());
    }
  }

  public record OrderView(
      String id,
      String contractId,
      String buyerOrg,
      String providerOrg,
      String residentId,
      @Schema(description = "The resident's name masked to the surname, e.g. 王**")
          String residentName,
      String itemCode,
      @Schema(description = "The item's name as the version in force on the service date lists it")
          String itemName,
      LocalDate serviceDate,
      String note,
      @Schema(
              enumeration = {
                "PENDING_DISPATCH",
                "DISPATCHED",
                "ACCEPTED",
                "IN_SERVICE",
                "COMPLETED",
                "RATED",
                "CANCELLED",
                "NO_SHOW",
                "SETTLED"
              })
          String status,
      String workerPersonId,
      String workerName,
      VisitView checkIn,
      VisitView checkOut,
      Long minutes,
      Instant confirmedAt,
      Integer satisfaction,
      String followUpNote,
      Instant createdAt,
      Instant updatedAt,
      @Schema(
              description =
                  "Completed or rated with no open anomaly flag; an open flag keeps the order out"
                      + " of settlement until the buyer accepts or rejects it")
          boolean settleable) {
    static OrderView of(ServiceOrder o, boolean settleable, OrderLabel label) {
      return new OrderView(
          o.id(),
          o.contractId(),
          o.buyerOrg(),
          o.providerOrg(),
          o.residentId(),
          label == null ? null : label.residentNameMasked(),
          o.itemCode(),
          label == null || label.itemName() == null ? o.itemCode() : label.itemName(),
          o.serviceDate(),
          o.note(),
          o.status().name(),
          o.workerPersonId(),
          o.workerName(),
          VisitView.of(o.checkIn()),
          VisitView.of(o.checkOut()),
          o.minutes(),
          o.confirmedAt(),
          o.satisfaction(),
          o.followUpNote(),
          o.createdAt(),
          o.updatedAt(),
          settleable);
    }
  }

  public record CreatedOrderView(
      OrderView order,
      @Schema(description = "The resident's one-time code; shown only in this answer")
          String confirmationCode) {}

  public record TransitionView(
      int seq, String from, String to, String actorId, String actor, Instant at) {
    static TransitionView of(ServiceOrder.Transition t) {
      return new TransitionView(
          t.seq(),
          t.from() == null ? null : t.from().name(),
          t.to().name(),
          t.actorId(),
          t.actor(),
          t.at());
    }
  }

  public record EvidenceView(
      long seq,
      String orderId,
      @Schema(enumeration = {"CHECK_IN", "CHECK_OUT", "PHOTO", "CONFIRMATION", "FOLLOW_UP"})
          String kind,
      @Schema(description = "The canonical JSON that was hashed") String body,
      String prevHash,
      String hash,
      Instant recordedAt) {
    static EvidenceView of(Evidence e) {
      return new EvidenceView(
          e.seq(), e.orderId(), e.kind().name(), e.body(), e.prevHash(), e.hash(), e.recordedAt());
    }
  }

  public record OrderDetailView(
      OrderView order, List<TransitionView> transitions, List<EvidenceView> evidence) {
    static OrderDetailView of(ServiceOrders.OrderDetail d, OrderLabel label) {
      return new OrderDetailView(
          OrderView.of(d.order(), d.settleable(), label),
          d.transitions().stream().map(TransitionView::of).toList(),
          d.evidence().stream().map(EvidenceView::of).toList());
    }
  }

  public record ChainDigestView(String contractId, long lastSeq, String lastHash, Instant at) {}

  public record ChainVerifyRequest(
      @NotNull @Schema(description = "lastSeq of a digest kept earlier") Long lastSeq,
      @NotBlank @Schema(description = "lastHash of that digest") String lastHash) {}

  public record ChainCheckView(
      boolean intact, long checkedEntries, Long firstBrokenSeq, boolean matches) {}

  // ---- anomaly flags (ADR 0015, part B)

  public record FlagView(
      String orderId,
      String contractId,
      @Schema(
              enumeration = {
                "RESIDENT_NOT_ELIGIBLE",
                "RESIDENT_GONE",
                "OUTSIDE_GEOFENCE",
                "SHORT_VISIT",
                "WORKER_OVERLAP",
                "DUPLICATE_PHOTO",
                "DUPLICATE_ORDER",
                "OVER_QUANTITY",
                "IMPOSSIBLE_TRAVEL"
              })
          String rule,
      @Schema(description = "The rule's name in the request's language (Accept-Language)")
          String title,
      @Schema(
              description =
                  "Why the order was flagged, with its figures, in the request's language")
          String explanation,
      @Schema(description = "The figures the explanation is made of") List<String> args,
      @Schema(enumeration = {"OPEN", "ACCEPTED", "REJECTED", "CLEARED"}) String status,
      Instant raisedAt,
      Instant evaluatedAt,
      String resolvedBy,
      Instant resolvedAt,
      String reason) {
    static FlagView of(OrderFlag f, java.util.Locale locale) {
      return new FlagView(
          f.orderId(),
          f.contractId(),
          f.rule().name(),
          FlagTexts.title(locale, f.rule()),
          FlagTexts.explanation(locale, f.rule(), f.args()),
          f.args(),
          f.status().name(),
          f.raisedAt(),
          f.evaluatedAt(),
          f.resolvedActor(),
          f.resolvedAt(),
          f.reason());
    }
  }

  public record FlagDecisionRequest(
      @Schema(description = "Why the flag is accepted or rejected (kept in the audit log)")
          String reason) {}
}
