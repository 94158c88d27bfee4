package org.linli.fund.purchase.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.fund.purchase.api.PurchaseDtos.AssignWorkerRequest;
import org.linli.fund.purchase.api.PurchaseDtos.ConfirmationRequest;
import org.linli.fund.purchase.api.PurchaseDtos.CreatedOrderView;
import org.linli.fund.purchase.api.PurchaseDtos.FlagDecisionRequest;
import org.linli.fund.purchase.api.PurchaseDtos.FlagView;
import org.linli.fund.purchase.api.PurchaseDtos.FollowUpRequest;
import org.linli.fund.purchase.api.PurchaseDtos.LocationRequest;
import org.linli.fund.purchase.api.PurchaseDtos.OrderDetailView;
import org.linli.fund.purchase.api.PurchaseDtos.OrderRequest;
import org.linli.fund.purchase.api.PurchaseDtos.OrderView;
import org.linli.fund.purchase.application.OrderFlags;
import org.linli.fund.purchase.application.OrderNames;
import org.linli.fund.purchase.application.ServiceOrders;
import org.linli.fund.purchase.domain.ImageFile;
import org.linli.fund.purchase.domain.OrderLabel;
import org.linli.fund.purchase.domain.OrderStatus;
import org.linli.fund.purchase.domain.ServiceOrder;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.QueryParams;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.idempotency.Idempotent;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;

/**
 * Service orders (工单) on either side's copy: the buyer creates, cancels and rates; the provider
 * assigns a worker; the worker (a member of the provider) accepts, checks in and out, uploads
 * photos and enters the resident's code.
 */
@Path("/v1/orgs/{org}/service-orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service purchase")
public class ServiceOrdersResource {
  @Inject ServiceOrders orders;
  @Inject RequestValidator validator;
  @Inject OrderFlags flags;
  @Inject OrderNames names;

  @POST
  @Idempotent
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
  @Operation(
      summary = "Create an order for a resident of an active contract (buyer, 社区制单)",
      description =
          "The answer holds the resident's one-time code, shown only here. 404"
              + " CONTRACT_NOT_FOUND; 422 RESIDENT_NOT_ON_CONTRACT, ITEM_NOT_ON_CONTRACT,"
              + " RESIDENT_NOT_ELIGIBLE, CONTRACT_NOT_ACTIVE, CONTRACT_BUYER_ONLY; 400"
              + " SERVICE_DATE_OUTSIDE_TERM.")
  @APIResponse(
      responseCode = "201",
      description = "Created, waiting for dispatch",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = CreatedOrderView.class)))
  @Parameter(ref = "IdempotencyKey")
  public Response create(@PathParam("org") String org, OrderRequest body) {
    ServiceOrders.CreatedOrder created = orders.create(validator.valid(body).toCommand());
    return Response.created(
            URI.create("v1/orgs/" + org + "/service-orders/" + created.order().id()))
        .entity(
            new CreatedOrderView(
                OrderView.of(created.order(), false, names.of(created.order().id())),
                created.confirmationCode()))
        .build();
  }

  @GET
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.AUDITOR})
  @Operation(summary = "Orders of the caller's contracts, newest first")
  public Page<OrderView> list(
      @PathParam("org") String org,
      @QueryParam("contract") String contract,
      @Parameter(schema = @Schema(implementation = OrderStatus.class)) @QueryParam("status")
          String status,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return view(
        orders.list(
            QueryParams.text(contract),
            QueryParams.enumValue(OrderStatus.class, "status", status),
            PageRequest.of("service-orders", limit, cursor)));
  }

  @GET
  @Path("mine")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.VOLUNTEER})
  @Operation(summary = "The orders assigned to the signed-in worker, newest first")
  public Page<OrderView> mine(
      @PathParam("org") String org,
      @Parameter(schema = @Schema(implementation = OrderStatus.class)) @QueryParam("status")
          String status,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return view(
        orders.mine(
            QueryParams.enumValue(OrderStatus.class, "status", status),
            PageRequest.of("my-service-orders", limit, cursor)));
  }

  private Page<OrderView> view(Page<ServiceOrder> page) {
    List<String> ids = page.items().stream().map(ServiceOrder::id).toList();
    Set<String> open = flags.withOpenFlags(ids);
    Map<String, OrderLabel> labels = names.of(ids);
    return new Page<>(
        page.items().stream()
            .map(
                o ->
                    OrderView.of(
                        o,
                        ServiceOrders.OrderDetail.settleable(o, open.contains(o.id())),
                        labels.get(o.id())))
            .toList(),
        page.nextCursor());
  }

  private OrderDetailView detail(ServiceOrders.OrderDetail d) {
    return OrderDetailView.of(d, names.of(d.order().id()));
  }

  @GET
  @Path("{orderId}")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.AUDITOR, OrgRole.VOLUNTEER})
  @Operation(
      summary = "An order with its transitions and evidence; a worker sees only their own",
      description = "404 ORDER_NOT_FOUND.")
  public OrderDetailView get(@PathParam("org") String org, @PathParam("orderId") String id) {
    return detail(orders.get(id));
  }

  @POST
  @Path("{orderId}/assign")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
  @Operation(
      summary = "Assign (or re-assign) a worker of the provider (派单)",
      description = "422 WORKER_NOT_MEMBER, ORDER_PROVIDER_ONLY; 409 ORDER_STATUS_CONFLICT.")
  public OrderDetailView assign(
      @PathParam("org") String org, @PathParam("orderId") String id, AssignWorkerRequest body) {
    return detail(orders.assign(id, validator.valid(body).workerPersonId()));
  }

  @POST
  @Path("{orderId}/accept")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.VOLUNTEER})
  @Operation(
      summary = "The assigned worker takes the order (接单)",
      description = "403 NOT_THE_ASSIGNED_WORKER; 409 ORDER_STATUS_CONFLICT.")
  public OrderDetailView accept(@PathParam("org") String org, @PathParam("orderId") String id) {
    return detail(orders.accept(id));
  }

  @POST
  @Path("{orderId}/check-in")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.VOLUNTEER})
  @Operation(
      summary = "Check in on site with GPS; the distance to the resident's address is stored",
      description =
          "400 INVALID_LATITUDE, INVALID_LONGITUDE; 403 NOT_THE_ASSIGNED_WORKER; 409"
              + " ORDER_STATUS_CONFLICT.")
  public OrderDetailView checkIn(
      @PathParam("org") String org, @PathParam("orderId") String id, LocationRequest body) {
    return detail(orders.checkIn(id, validator.valid(body).point()));
  }

  @POST
  @Path("{orderId}/check-out")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.VOLUNTEER})
  @Operation(
      summary = "Check out with GPS: the visit is completed",
      description =
          "400 INVALID_LATITUDE, INVALID_LONGITUDE; 403 NOT_THE_ASSIGNED_WORKER; 409"
              + " ORDER_NOT_IN_SERVICE (e.g. before check-in).")
  public OrderDetailView checkOut(
      @PathParam("org") String org, @PathParam("orderId") String id, LocationRequest body) {
    return detail(orders.checkOut(id, validator.valid(body).point()));
  }

  @POST
  @Path("{orderId}/photos")
  @Consumes(MediaType.WILDCARD)
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.VOLUNTEER})
  @Operation(
      summary = "Upload a photo of the visit (JPEG, PNG or WebP, at most 10 MB)",
      description =
          "Its SHA-256 goes onto the evidence chain. 400 PHOTO_NOT_AN_IMAGE (content does not"
              + " match an image type or the declared type), PHOTO_TOO_LARGE, PHOTO_EMPTY; 409"
              + " PHOTO_ALREADY_UPLOADED, ORDER_NOT_IN_SERVICE.")
  @RequestBody(
      content = {
        @Content(
            mediaType = "image/jpeg",
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = "image/png",
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = "image/webp",
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  @APIResponse(
      responseCode = "200",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = OrderDetailView.class)))
  public OrderDetailView photo(
      @PathParam("org") String org,
      @PathParam("orderId") String id,
      @Parameter(schema = @Schema(enumeration = {"BEFORE", "AFTER", "DURING"})) @QueryParam("stage")
          String stage,
      @HeaderParam("Content-Type") String contentType,
      InputStream body) {
    String s = stage == null ? "DURING" : stage;
    if (!s.matches("BEFORE|AFTER|DURING")) {
      throw DomainException.invalidField("stage", "INVALID_PHOTO_STAGE");
    }
    return detail(orders.photo(id, contentType, read(body), s));
  }

  /** At most one byte over the limit is read, so a huge upload is refused without buffering it. */
  private static byte[] read(InputStream in) {
    try (in) {
      return in.readNBytes(ImageFile.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @POST
  @Path("{orderId}/confirmation")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.VOLUNTEER})
  @Operation(
      summary = "Enter the resident's one-time code (the resident confirms the visit)",
      description =
          "422 CONFIRMATION_CODE_INVALID (wrong, or another order's code); 409"
              + " ORDER_ALREADY_CONFIRMED, ORDER_NOT_IN_SERVICE; 403 NOT_THE_ASSIGNED_WORKER.")
  public OrderDetailView confirm(
      @PathParam("org") String org, @PathParam("orderId") String id, ConfirmationRequest body) {
    return detail(orders.confirm(id, validator.valid(body).code()));
  }

  @POST
  @Path("{orderId}/follow-up")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
  @Operation(
      summary = "The buyer's follow-up (回访) with a satisfaction score 1-5: the order is rated",
      description = "400 INVALID_SATISFACTION; 409 ORDER_STATUS_CONFLICT; 422 ORDER_BUYER_ONLY.")
  public OrderDetailView followUp(
      @PathParam("org") String org, @PathParam("orderId") String id, FollowUpRequest body) {
    FollowUpRequest b = validator.valid(body);
    return detail(orders.followUp(id, b.satisfaction(), b.note()));
  }

  @POST
  @Path("{orderId}/cancel")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
  @Operation(
      summary = "Cancel an order before the visit (buyer)",
      description = "409 ORDER_STATUS_CONFLICT; 422 ORDER_BUYER_ONLY.")
  public OrderDetailView cancel(@PathParam("org") String org, @PathParam("orderId") String id) {
    return detail(orders.cancel(id));
  }

  @POST
  @Path("{orderId}/no-show")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
  @Operation(
      summary = "Record that nobody came (未上门), by either side",
      description = "409 ORDER_STATUS_CONFLICT.")
  public OrderDetailView noShow(@PathParam("org") String org, @PathParam("orderId") String id) {
    return detail(orders.noShow(id));
  }

  // ---- anomaly flags (ADR 0015, part B)

  @GET
  @Path("{orderId}/flags")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.AUDITOR})
  @Operation(
      summary = "The order's anomaly flags with their explanations (either side's copy), one page",
      description =
          "Raised when the order is completed and again on a later photo or re-evaluation; the"
              + " explanation is in the language of Accept-Language (zh-CN or en). 404"
              + " ORDER_NOT_FOUND.")
  public Page<FlagView> flags(
      @PathParam("org") String org,
      @PathParam("orderId") String id,
      @HeaderParam("Accept-Language") String language,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    PageRequest request = PageRequest.of("order-flags", limit, cursor);
    Locale locale = FlagTexts.locale(language);
    // At most one flag per rule: a small list held in memory, paged by rule.
    List<FlagView> all =
        flags.ofOrder(id).stream()
            .map(f -> FlagView.of(f, locale))
            .sorted(java.util.Comparator.comparing(FlagView::rule))
            .toList();
    return request.slice(all, FlagView::rule);
  }

  @POST
  @Path("{orderId}/flags/evaluate")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
  @Operation(
      summary = "Run the anomaly rules again on a completed order (buyer)",
      description =
          "Raises what is found, clears open flags no longer found, keeps decided ones. 404"
              + " ORDER_NOT_FOUND; 403 FLAG_BUYER_ONLY; 409 ORDER_NOT_COMPLETED.")
  public List<FlagView> evaluate(
      @PathParam("org") String org,
      @PathParam("orderId") String id,
      @HeaderParam("Accept-Language") String language) {
    Locale locale = FlagTexts.locale(language);
    return flags.reevaluate(id).stream().map(f -> FlagView.of(f, locale)).toList();
  }

  @POST
  @Path("{orderId}/flags/{rule}/accept")
  @OrgRoles({OrgRole.ORG_ADMIN})
  @Operation(
      summary = "Accept an open flag with a reason: the order may be settled despite it (buyer)",
      description =
          "Audited. 400 REASON_REQUIRED, REASON_TOO_LONG; 403 FLAG_BUYER_ONLY; 404"
              + " ORDER_NOT_FOUND, FLAG_NOT_FOUND; 409 FLAG_NOT_OPEN.")
  public FlagView accept(
      @PathParam("org") String org,
      @PathParam("orderId") String id,
      @PathParam("rule") String rule,
      @HeaderParam("Accept-Language") String language,
      FlagDecisionRequest body) {
    return decide(id, rule, OrderFlags.Decision.ACCEPT, language, body);
  }

  @POST
  @Path("{orderId}/flags/{rule}/reject")
  @OrgRoles({OrgRole.ORG_ADMIN})
  @Operation(
      summary = "Reject an open flag with a reason: the order is not paid (buyer)",
      description =
          "Audited. 400 REASON_REQUIRED, REASON_TOO_LONG; 403 FLAG_BUYER_ONLY; 404"
              + " ORDER_NOT_FOUND, FLAG_NOT_FOUND; 409 FLAG_NOT_OPEN.")
  public FlagView reject(
      @PathParam("org") String org,
      @PathParam("orderId") String id,
      @PathParam("rule") String rule,
      @HeaderParam("Accept-Language") String language,
      FlagDecisionRequest body) {
    return decide(id, rule, OrderFlags.Decision.REJECT, language, body);
  }

  private FlagView decide(
      String id,
      String rule,
      OrderFlags.Decision decision,
      String language,
      FlagDecisionRequest body) {
    String reason = body == null ? null : validator.valid(body).reason();
    return FlagView.of(flags.resolve(id, rule, decision, reason), FlagTexts.locale(language));
  }
}
