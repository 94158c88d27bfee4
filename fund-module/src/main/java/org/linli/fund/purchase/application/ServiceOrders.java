package org.linli.fund.purchase.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.linli.fund.purchase.domain.Contract;
import org.linli.fund.purchase.domain.ContractItem;
import org.linli.fund.purchase.domain.ContractResident;
import org.linli.fund.purchase.domain.ContractStatus;
import org.linli.fund.purchase.domain.ContractVersion;
import org.linli.fund.purchase.domain.Evidence;
import org.linli.fund.purchase.domain.EvidenceKind;
import org.linli.fund.purchase.domain.FlagStatus;
import org.linli.fund.purchase.domain.Geo;
import org.linli.fund.purchase.domain.ImageFile;
import org.linli.fund.purchase.domain.OrderStatus;
import org.linli.fund.purchase.domain.PurchasePeer;
import org.linli.fund.purchase.domain.PurchaseRepository;
import org.linli.fund.purchase.domain.Resident;
import org.linli.fund.purchase.domain.ServiceOrder;
import org.linli.fund.purchase.domain.Side;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.audit.application.AuditLog;
import org.linli.kernel.crypto.KeyedHasher;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.tenancy.RequestContext;
import org.linli.kernel.tenancy.TenantScoped;
import org.linli.tenant.domain.membership.MembershipRepository;
import org.linli.tenant.domain.org.OrganizationRepository;
import org.linli.tenant.domain.person.PersonRepository;

/**
 * Service orders (工单): the buyer's community staff create them for a resident of the contract, the
 * provider assigns a worker, the worker accepts, checks in and out on site, uploads photos and
 * enters the resident's one-time code; the buyer rates the visit (回访), cancels or marks a no-show.
 * Every change is a recorded transition; delivery evidence goes onto the contract's hash chain.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class ServiceOrders {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject PurchaseRepository repository;
  @Inject PurchasePeer peer;
  @Inject MembershipRepository memberships;
  @Inject PersonRepository people;
  @Inject KeyedHasher hasher;
  @Inject RequestContext requestContext;
  @Inject AuditLog auditLog;
  @Inject OrderFlags flags;
  @Inject Amendments amendments;
  @Inject OrganizationRepository organizations;
  @Inject Event<ServiceOrderCompleted> completedEvents;

  public record CreateOrder(
      String contractId, String residentId, String itemCode, LocalDate serviceDate, String note) {}

  /** The new order and the resident's one-time code (shown once, to the buyer's staff). */
  public record CreatedOrder(ServiceOrder order, String confirmationCode) {}

  public record OrderDetail(
      ServiceOrder order,
      List<ServiceOrder.Transition> transitions,
      List<Evidence> evidence,
      List<org.linli.fund.purchase.domain.OrderFlag> flags) {
    /** Completed or rated, and no open anomaly flag: settlement (later) may take it. */
    public boolean settleable() {
      return settleable(order, flags.stream().anyMatch(f -> f.status() == FlagStatus.OPEN));
    }

    public static boolean settleable(ServiceOrder o, boolean openFlag) {
      return (o.status() == OrderStatus.COMPLETED || o.status() == OrderStatus.RATED) && !openFlag;
    }
  }

  public record ChainDigest(String contractId, long lastSeq, String lastHash, Instant at) {}

  public record ChainCheck(
      boolean intact, long checkedEntries, Long firstBrokenSeq, boolean matches) {}

  public CreatedOrder create(CreateOrder c) {
    Contract contract = repository.findContract(c.contractId()).orElseThrow(Contracts::notFound);
    contract.requireSide(Side.BUYER);
    if (contract.status() != ContractStatus.ACTIVE) {
      throw DomainException.rule("CONTRACT_NOT_ACTIVE").with(contract.status().name());
    }
    ContractResident resident =
        repository
            .contractResident(c.contractId(), c.residentId())
            .orElseThrow(() -> DomainException.rule("RESIDENT_NOT_ON_CONTRACT"));
    if (!contract.term().covers(c.serviceDate())) {
      throw DomainException.invalidField("serviceDate", "SERVICE_DATE_OUTSIDE_TERM");
    }
    ContractItem item = itemOn(c.contractId(), c.serviceDate(), c.itemCode());
    if (!item.serves(resident.category())) {
      throw DomainException.rule("RESIDENT_NOT_ELIGIBLE").with(resident.category().name());
    }
    String id = UUID.randomUUID().toString();
    String code = String.format("%06d", RANDOM.nextInt(1_000_000));
    Instant now = Instant.now();
    ServiceOrder o =
        new ServiceOrder(
            id,
            contract.id(),
            contract.buyerOrg(),
            contract.providerOrg(),
            resident.residentId(),
            item.code(),
            c.serviceDate(),
            c.note(),
            OrderStatus.PENDING_DISPATCH,
            null,
            null,
            null,
            null,
            codeHash(id, code),
            null,
            null,
            null,
            requestContext.actor(),
            now,
            now,
            1);
    repository.addOrder(o);
    repository.addTransition(
        o,
        new ServiceOrder.Transition(
            1, null, OrderStatus.PENDING_DISPATCH, actorId(), requestContext.actor(), now));
    follow(id);
    auditLog.record("PURCHASE_ORDER_CREATED", "purchase_order", id, null, null);
    return new CreatedOrder(o, code);
  }

  /**
   * The item as the version in force on the service date lists it: an amendment the provider has
   * not accepted (or refused) never applies.
   */
  public ContractItem itemOn(String contractId, LocalDate day, String code) {
    List<ContractVersion> versions = amendments.inForce(contractId);
    ContractVersion inForce = versions.get(0);
    for (ContractVersion v : versions) {
      if (!v.effectiveFrom().isAfter(day)) {
        inForce = v;
      }
    }
    ContractItem item = inForce.item(code);
    if (item == null) {
      throw DomainException.rule("ITEM_NOT_ON_CONTRACT").with(code);
    }
    return item;
  }

  public OrderDetail assign(String id, String workerPersonId) {
    ServiceOrder o = providerLocked(id);
    boolean member =
        workerPersonId != null
            && memberships.find(workerPersonId).map(m -> m.isActive()).orElse(false);
    if (!member) {
      throw DomainException.rule("WORKER_NOT_MEMBER");
    }
    String name = people.find(workerPersonId).map(p -> p.name()).orElse("?");
    ServiceOrder next = change(o, OrderStatus.DISPATCHED, workerPersonId, name);
    return save(o, next, "PURCHASE_ORDER_DISPATCHED");
  }

  public OrderDetail accept(String id) {
    ServiceOrder o = workerLocked(id);
    return save(o, change(o, OrderStatus.ACCEPTED, o.workerPersonId(), o.workerName()), null);
  }

  public OrderDetail checkIn(String id, Resident.GeoPoint at) {
    ServiceOrder o = workerLocked(id);
    ServiceOrder moved = change(o, OrderStatus.IN_SERVICE, o.workerPersonId(), o.workerName());
    Instant now = moved.updatedAt();
    ServiceOrder.Visit visit = new ServiceOrder.Visit(now, at, distanceToResident(o, at));
    ServiceOrder next = withVisit(moved, visit, null);
    OrderDetail d = save(o, next, null);
    appendEvidence(next, EvidenceKind.CHECK_IN, visitBody(next, visit).build());
    return detailAfterEvidence(d);
  }

  public OrderDetail checkOut(String id, Resident.GeoPoint at) {
    ServiceOrder o = workerLocked(id);
    if (o.status() != OrderStatus.IN_SERVICE) {
      throw DomainException.conflict("ORDER_NOT_IN_SERVICE").with(o.status().name());
    }
    ServiceOrder moved = change(o, OrderStatus.COMPLETED, o.workerPersonId(), o.workerName());
    ServiceOrder.Visit visit =
        new ServiceOrder.Visit(moved.updatedAt(), at, distanceToResident(o, at));
    ServiceOrder next = withVisit(moved, o.checkIn(), visit);
    save(o, next, null);
    appendEvidence(
        next,
        EvidenceKind.CHECK_OUT,
        visitBody(next, visit).add("minutes", next.minutes()).build());
    flags.evaluate(next);
    completed(next);
    return get(id);
  }

  /** Tells the volunteer module (in this transaction) that the worker delivered the visit. */
  private void completed(ServiceOrder o) {
    Contract contract = repository.findContract(o.contractId()).orElseThrow(Contracts::notFound);
    String dispatcher =
        repository.transitions(o.id()).stream()
            .filter(t -> t.to() == OrderStatus.DISPATCHED && t.actorId() != null)
            .reduce((a, b) -> b)
            .flatMap(t -> people.find(t.actorId()).map(p -> p.name()))
            .orElse(contract.number());
    String address =
        repository
            .contractResident(o.contractId(), o.residentId())
            .map(ContractResident::address)
            .orElse("-");
    completedEvents.fire(
        new ServiceOrderCompleted(
            requestContext.tenant().value(),
            o.id(),
            contract.number(),
            contract.title(),
            o.workerPersonId(),
            itemOn(o.contractId(), o.serviceDate(), o.itemCode()).name(),
            o.serviceDate(),
            o.checkIn().at(),
            o.checkOut().at(),
            address,
            organizations.find(o.providerOrg()).map(org -> org.name()).orElse(o.providerOrg()),
            dispatcher));
  }

  /** The order is looked up first (another tenant's id is a 404 whatever the upload). */
  public OrderDetail photo(String id, String contentType, byte[] data, String stage) {
    ServiceOrder o = workerLocked(id);
    ImageFile photo = ImageFile.of(contentType, data);
    if (o.status() != OrderStatus.IN_SERVICE && o.status() != OrderStatus.COMPLETED) {
      throw DomainException.conflict("ORDER_NOT_IN_SERVICE").with(o.status().name());
    }
    if (!repository.addPhoto(id, photo, requestContext.actor(), Instant.now())) {
      throw DomainException.conflict("PHOTO_ALREADY_UPLOADED");
    }
    appendEvidence(
        o,
        EvidenceKind.PHOTO,
        base(o)
            .add("stage", stage)
            .add("sha256", photo.sha256())
            .add("contentType", photo.contentType())
            .add("bytes", photo.data().length)
            .build());
    if (o.status() == OrderStatus.COMPLETED) {
      flags.evaluate(o);
    }
    return get(id);
  }

  /** The resident's one-time code for this order: a code of another order never matches. */
  public OrderDetail confirm(String id, String code) {
    ServiceOrder o = workerLocked(id);
    if (o.status() != OrderStatus.IN_SERVICE && o.status() != OrderStatus.COMPLETED) {
      throw DomainException.conflict("ORDER_NOT_IN_SERVICE").with(o.status().name());
    }
    if (o.confirmedAt() != null) {
      throw DomainException.conflict("ORDER_ALREADY_CONFIRMED");
    }
    if (code == null
        || !code.matches("[0-9]{6}")
        || !codeHash(id, code).equals(o.confirmationHash())) {
      throw DomainException.rule("CONFIRMATION_CODE_INVALID");
    }
    Instant now = Instant.now();
    ServiceOrder next =
        new ServiceOrder(
            o.id(),
            o.contractId(),
            o.buyerOrg(),
            o.providerOrg(),
            o.residentId(),
            o.itemCode(),
            o.serviceDate(),
            o.note(),
            o.status(),
            o.workerPersonId(),
            o.workerName(),
            o.checkIn(),
            o.checkOut(),
            o.confirmationHash(),
            now,
            o.satisfaction(),
            o.followUpNote(),
            o.createdBy(),
            o.createdAt(),
            now,
            o.transitions());
    repository.updateOrder(next);
    appendEvidence(
        next, EvidenceKind.CONFIRMATION, base(next).add("method", "ONE_TIME_CODE").build());
    return get(id);
  }

  /** The buyer's follow-up call (回访) with the resident's satisfaction, 1 to 5. */
  public OrderDetail followUp(String id, int satisfaction, String note) {
    ServiceOrder o = buyerLocked(id);
    if (satisfaction < 1 || satisfaction > 5) {
      throw DomainException.invalidField("satisfaction", "INVALID_SATISFACTION");
    }
    ServiceOrder moved = change(o, OrderStatus.RATED, o.workerPersonId(), o.workerName());
    ServiceOrder next =
        new ServiceOrder(
            moved.id(),
            moved.contractId(),
            moved.buyerOrg(),
            moved.providerOrg(),
            moved.residentId(),
            moved.itemCode(),
            moved.serviceDate(),
            moved.note(),
            moved.status(),
            moved.workerPersonId(),
            moved.workerName(),
            moved.checkIn(),
            moved.checkOut(),
            moved.confirmationHash(),
            moved.confirmedAt(),
            satisfaction,
            note,
            moved.createdBy(),
            moved.createdAt(),
            moved.updatedAt(),
            moved.transitions());
    save(o, next, "PURCHASE_ORDER_RATED");
    appendEvidence(
        next, EvidenceKind.FOLLOW_UP, base(next).add("satisfaction", satisfaction).build());
    return get(id);
  }

  public OrderDetail cancel(String id) {
    ServiceOrder o = buyerLocked(id);
    return save(
        o,
        change(o, OrderStatus.CANCELLED, o.workerPersonId(), o.workerName()),
        "PURCHASE_ORDER_CANCELLED");
  }

  /** 未上门: reported by the buyer (the resident called) or by the provider's staff. */
  public OrderDetail noShow(String id) {
    ServiceOrder o = repository.lockOrder(id).orElseThrow(ServiceOrders::notFound);
    return save(
        o,
        change(o, OrderStatus.NO_SHOW, o.workerPersonId(), o.workerName()),
        "PURCHASE_ORDER_NO_SHOW");
  }

  public OrderDetail get(String id) {
    ServiceOrder o = repository.findOrder(id).orElseThrow(ServiceOrders::notFound);
    if (!staff() && !requestContext.personId().equals(o.workerPersonId())) {
      throw notFound();
    }
    return new OrderDetail(
        o, repository.transitions(id), repository.evidenceOfOrder(id), repository.flags(id));
  }

  public Page<ServiceOrder> list(String contractId, OrderStatus status, PageRequest page) {
    return page(contractId, status, null, page);
  }

  public Page<ServiceOrder> mine(OrderStatus status, PageRequest page) {
    return page(null, status, requestContext.personId(), page);
  }

  private Page<ServiceOrder> page(
      String contractId, OrderStatus status, String worker, PageRequest page) {
    PageRequest.After<Instant> after = page.afterInstantAndId();
    List<ServiceOrder> fetched =
        repository.listOrders(
            contractId,
            status,
            worker,
            after == null ? null : after.value(),
            after == null ? null : after.id(),
            page.limit() + 1);
    return page.page(fetched, o -> PageRequest.key(o.createdAt(), o.id()));
  }

  public ChainDigest digest(String contractId) {
    repository.findContract(contractId).orElseThrow(Contracts::notFound);
    return repository
        .chainHead(contractId)
        .map(e -> new ChainDigest(contractId, e.seq(), e.hash(), Instant.now()))
        .orElse(new ChainDigest(contractId, 0, Evidence.GENESIS, Instant.now()));
  }

  /**
   * Recomputes the chain up to {@code seq} and says whether it holds and whether entry {@code seq}
   * still has the hash the caller kept from an earlier digest.
   */
  public ChainCheck verify(String contractId, long seq, String hash) {
    repository.findContract(contractId).orElseThrow(Contracts::notFound);
    if (seq < 0) {
      throw DomainException.invalidField("seq", "INVALID_SEQ");
    }
    List<Evidence> chain = new java.util.ArrayList<>();
    long after = 0;
    while (after < seq) {
      List<Evidence> batch = repository.chain(contractId, after, (int) Math.min(1000, seq - after));
      if (batch.isEmpty()) {
        break;
      }
      chain.addAll(batch);
      after = batch.get(batch.size() - 1).seq();
    }
    long broken = Evidence.firstBroken(chain);
    String actual =
        seq == 0 ? Evidence.GENESIS : chain.isEmpty() ? null : chain.get(chain.size() - 1).hash();
    boolean complete = seq == 0 || (!chain.isEmpty() && chain.get(chain.size() - 1).seq() == seq);
    return new ChainCheck(
        broken < 0 && complete,
        chain.size(),
        broken < 0 ? null : broken,
        complete && actual != null && actual.equals(hash));
  }

  // ---- helpers

  private ServiceOrder change(ServiceOrder o, OrderStatus to, String worker, String workerName) {
    OrderStatus next = o.status().to(to);
    return new ServiceOrder(
        o.id(),
        o.contractId(),
        o.buyerOrg(),
        o.providerOrg(),
        o.residentId(),
        o.itemCode(),
        o.serviceDate(),
        o.note(),
        next,
        worker,
        workerName,
        o.checkIn(),
        o.checkOut(),
        o.confirmationHash(),
        o.confirmedAt(),
        o.satisfaction(),
        o.followUpNote(),
        o.createdBy(),
        o.createdAt(),
        Instant.now(),
        o.transitions() + 1);
  }

  private static ServiceOrder withVisit(
      ServiceOrder o, ServiceOrder.Visit in, ServiceOrder.Visit out) {
    return new ServiceOrder(
        o.id(),
        o.contractId(),
        o.buyerOrg(),
        o.providerOrg(),
        o.residentId(),
        o.itemCode(),
        o.serviceDate(),
        o.note(),
        o.status(),
        o.workerPersonId(),
        o.workerName(),
        in,
        out,
        o.confirmationHash(),
        o.confirmedAt(),
        o.satisfaction(),
        o.followUpNote(),
        o.createdBy(),
        o.createdAt(),
        o.updatedAt(),
        o.transitions());
  }

  private OrderDetail save(ServiceOrder before, ServiceOrder next, String auditAction) {
    repository.updateOrder(next);
    repository.addTransition(
        next,
        new ServiceOrder.Transition(
            next.transitions(),
            before.status(),
            next.status(),
            actorId(),
            requestContext.actor(),
            next.updatedAt()));
    follow(next.id());
    if (auditAction != null) {
      auditLog.record(
          auditAction,
          "purchase_order",
          next.id(),
          "{\"status\":\"" + before.status() + "\"}",
          "{\"status\":\"" + next.status() + "\"}");
    }
    return new OrderDetail(
        next, repository.transitions(next.id()), List.of(), repository.flags(next.id()));
  }

  private OrderDetail detailAfterEvidence(OrderDetail d) {
    return get(d.order().id());
  }

  /** Appends under the contract's chain lock (shared by both parties), then copies across. */
  private void appendEvidence(ServiceOrder o, EvidenceKind kind, jakarta.json.JsonObject body) {
    repository.lockChain(o.contractId());
    Evidence head = repository.chainHead(o.contractId()).orElse(null);
    long seq = head == null ? 1 : head.seq() + 1;
    String prev = head == null ? Evidence.GENESIS : head.hash();
    String full =
        Json.createObjectBuilder()
            .add("seq", seq)
            .add("kind", kind.name())
            .add("data", body)
            .build()
            .toString();
    Evidence e =
        new Evidence(seq, o.id(), kind, full, prev, Evidence.hashOf(prev, full), Instant.now());
    repository.addEvidence(o, e);
    follow(o.id());
  }

  private JsonObjectBuilder base(ServiceOrder o) {
    return Json.createObjectBuilder()
        .add("order", o.id())
        .add("contract", o.contractId())
        .add("provider", o.providerOrg())
        .add("resident", o.residentId())
        .add("item", o.itemCode())
        .add("serviceDate", o.serviceDate().toString())
        .add("worker", o.workerPersonId() == null ? "" : o.workerPersonId())
        .add("at", Instant.now().toString());
  }

  private JsonObjectBuilder visitBody(ServiceOrder o, ServiceOrder.Visit v) {
    JsonObjectBuilder b =
        base(o)
            .add("visitAt", v.at().toString())
            .add("latitude", v.location().latitude())
            .add("longitude", v.location().longitude());
    if (v.distanceMetres() != null) {
      b.add("distanceMetres", v.distanceMetres());
    }
    return b;
  }

  private Integer distanceToResident(ServiceOrder o, Resident.GeoPoint at) {
    return repository
        .contractResident(o.contractId(), o.residentId())
        .map(r -> Geo.distanceMetres(r.location(), at))
        .orElse(null);
  }

  private void follow(String id) {
    String result = peer.followOrder(id);
    if (!"OK".equals(result)) {
      throw DomainException.conflict("CONTRACT_NOT_ACTIVE").with(result);
    }
  }

  private ServiceOrder buyerLocked(String id) {
    ServiceOrder o = repository.lockOrder(id).orElseThrow(ServiceOrders::notFound);
    if (!o.buyerOrg().equals(requestContext.tenant().value())) {
      throw DomainException.rule("ORDER_BUYER_ONLY");
    }
    return o;
  }

  private ServiceOrder providerLocked(String id) {
    ServiceOrder o = repository.lockOrder(id).orElseThrow(ServiceOrders::notFound);
    if (!o.providerOrg().equals(requestContext.tenant().value())) {
      throw DomainException.rule("ORDER_PROVIDER_ONLY");
    }
    return o;
  }

  /** Only the assigned worker acts on the visit; to anyone else of the provider it is a 404. */
  private ServiceOrder workerLocked(String id) {
    ServiceOrder o = providerLocked(id);
    if (o.workerPersonId() == null || !o.workerPersonId().equals(requestContext.personId())) {
      throw DomainException.forbidden("NOT_THE_ASSIGNED_WORKER");
    }
    return o;
  }

  private boolean staff() {
    return requestContext.hasOrgRole("org-admin")
        || requestContext.hasOrgRole("staff")
        || requestContext.hasOrgRole("auditor")
        || requestContext.hasOrgRole("finance");
  }

  private String actorId() {
    return requestContext.personId();
  }

  private String codeHash(String orderId, String code) {
    return hasher.hash("purchase-order-confirmation:" + orderId + ":" + code);
  }

  static DomainException notFound() {
    return DomainException.notFound("ORDER_NOT_FOUND");
  }
}
