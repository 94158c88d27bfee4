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
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.fund.purchase.api.PurchaseDtos.AssignResidentRequest;
import org.linli.fund.purchase.api.PurchaseDtos.ChainCheckView;
import org.linli.fund.purchase.api.PurchaseDtos.ChainDigestView;
import org.linli.fund.purchase.api.PurchaseDtos.ChainVerifyRequest;
import org.linli.fund.purchase.api.PurchaseDtos.ContractAmendRequest;
import org.linli.fund.purchase.api.PurchaseDtos.ContractDecisionRequest;
import org.linli.fund.purchase.api.PurchaseDtos.ContractDetailView;
import org.linli.fund.purchase.api.PurchaseDtos.ContractDraftRequest;
import org.linli.fund.purchase.api.PurchaseDtos.ContractPublicationRequest;
import org.linli.fund.purchase.api.PurchaseDtos.ContractResidentView;
import org.linli.fund.purchase.api.PurchaseDtos.ContractTerminationRequest;
import org.linli.fund.purchase.api.PurchaseDtos.ContractView;
import org.linli.fund.purchase.api.PurchaseDtos.FlagView;
import org.linli.fund.purchase.application.Amendments;
import org.linli.fund.purchase.application.Contracts;
import org.linli.fund.purchase.application.OrderFlags;
import org.linli.fund.purchase.application.Residents;
import org.linli.fund.purchase.application.ServiceOrders;
import org.linli.fund.purchase.domain.Contract;
import org.linli.fund.purchase.domain.ContractResident;
import org.linli.fund.purchase.domain.ContractStatus;
import org.linli.fund.purchase.domain.FlagStatus;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.QueryParams;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.idempotency.Idempotent;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;

/**
 * Service-purchase contracts, on either side's copy: the buyer drafts, proposes, amends, publishes
 * and terminates; the provider accepts or declines. A contract of another pair is a 404.
 */
@Path("/v1/orgs/{org}/contracts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service purchase")
public class ContractsResource {
  @Inject Contracts contracts;
  @Inject Residents residents;
  @Inject ServiceOrders orders;
  @Inject RequestValidator validator;
  @Inject OrderFlags flags;
  @Inject Amendments amendments;

  @POST
  @Idempotent
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
  @Operation(
      summary = "Draft a contract with a provider organization (buyer)",
      description =
          "422 NOT_A_BUYER (the caller is not a government buyer), PROVIDER_NOT_FOUND,"
              + " ITEMS_EXCEED_TOTAL; 409 CONTRACT_NUMBER_TAKEN; 400 INVALID_AMOUNT (unit price"
              + " or total not > 0 or with more than two decimals), TERM_TOO_LONG (one year, three"
              + " for recurring services), TERM_END_BEFORE_START, INVALID_ITEM_CODE,"
              + " DUPLICATE_ITEM_CODE.")
  @APIResponse(
      responseCode = "201",
      description = "Drafted",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = ContractDetailView.class)))
  @Parameter(ref = "IdempotencyKey")
  public Response draft(@PathParam("org") String org, ContractDraftRequest body) {
    ContractDetailView view =
        ContractDetailView.of(contracts.draft(validator.valid(body).toCommand()));
    return Response.created(URI.create("v1/orgs/" + org + "/contracts/" + view.contract().id()))
        .entity(view)
        .build();
  }

  @GET
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.AUDITOR, OrgRole.FINANCE})
  @Operation(summary = "The caller's contracts (as buyer or provider), newest first")
  public Page<ContractView> list(
      @PathParam("org") String org,
      @Parameter(schema = @Schema(implementation = ContractStatus.class)) @QueryParam("status")
          String status,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    Page<Contract> page =
        contracts.list(
            QueryParams.enumValue(ContractStatus.class, "status", status),
            PageRequest.of("contracts", limit, cursor));
    return new Page<>(page.items().stream().map(ContractView::of).toList(), page.nextCursor());
  }

  @GET
  @Path("{contractId}")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.AUDITOR, OrgRole.FINANCE})
  @Operation(summary = "A contract with all its versions; 404 CONTRACT_NOT_FOUND")
  public ContractDetailView get(@PathParam("org") String org, @PathParam("contractId") String id) {
    return ContractDetailView.of(contracts.get(id));
  }

  @POST
  @Path("{contractId}/submit")
  @OrgRoles({OrgRole.ORG_ADMIN})
  @Operation(
      summary = "Propose the draft to the provider (buyer org admin)",
      description =
          "The provider receives its own copy. 409 CONTRACT_STATUS_CONFLICT; 422"
              + " CONTRACT_BUYER_ONLY, PROVIDER_NOT_FOUND.")
  public ContractDetailView submit(
      @PathParam("org") String org, @PathParam("contractId") String id) {
    return ContractDetailView.of(contracts.submit(id));
  }

  @POST
  @Path("{contractId}/accept")
  @OrgRoles({OrgRole.ORG_ADMIN})
  @Operation(
      summary = "Accept a proposed contract (provider org admin): it becomes active on both sides",
      description = "409 CONTRACT_STATUS_CONFLICT; 422 CONTRACT_PROVIDER_ONLY.")
  public ContractDetailView accept(
      @PathParam("org") String org, @PathParam("contractId") String id) {
    return ContractDetailView.of(contracts.decide(id, true, null));
  }

  @POST
  @Path("{contractId}/decline")
  @OrgRoles({OrgRole.ORG_ADMIN})
  @Operation(
      summary = "Decline a proposed contract with a reason (provider org admin)",
      description =
          "400 REASON_REQUIRED; 409 CONTRACT_STATUS_CONFLICT; 422 CONTRACT_PROVIDER_ONLY.")
  public ContractDetailView decline(
      @PathParam("org") String org,
      @PathParam("contractId") String id,
      ContractDecisionRequest body) {
    return ContractDetailView.of(
        contracts.decide(id, false, body == null ? null : validator.valid(body).reason()));
  }

  @POST
  @Path("{contractId}/amendments")
  @OrgRoles({OrgRole.ORG_ADMIN})
  @Operation(
      summary =
          "Propose an amendment of an active contract: a new version with its own catalogue and"
              + " start date, applying once the provider accepts it",
      description =
          "Until the provider's org admin accepts it the previous version applies (the"
              + " contract's currentVersion, term end and total stay). 400 AMENDMENT_DATE_INVALID"
              + " (before today, not after the start of the last version in force, or after the"
              + " term), TERM_TOO_LONG, INVALID_AMOUNT; 409 CONTRACT_STATUS_CONFLICT,"
              + " AMENDMENT_PENDING (another proposal awaits the provider).")
  public ContractDetailView amend(
      @PathParam("org") String org, @PathParam("contractId") String id, ContractAmendRequest body) {
    return ContractDetailView.of(contracts.amend(validator.valid(body).toCommand(id)));
  }

  @POST
  @Path("{contractId}/amendments/{version}/accept")
  @OrgRoles({OrgRole.ORG_ADMIN})
  @Operation(
      summary = "Accept the buyer's amendment (provider org admin): it applies from its start",
      description =
          "Both copies move to the version (term end, total). Only before the version starts."
              + " 404 AMENDMENT_NOT_FOUND, CONTRACT_NOT_FOUND; 409 AMENDMENT_NOT_PROPOSED,"
              + " AMENDMENT_EFFECTIVE_DATE_PASSED, CONTRACT_STATUS_CONFLICT; 422"
              + " CONTRACT_PROVIDER_ONLY.")
  @APIResponse(
      responseCode = "200",
      description = "Accepted",
      content = @Content(schema = @Schema(implementation = ContractDetailView.class)))
  public ContractDetailView acceptAmendment(
      @PathParam("org") String org,
      @PathParam("contractId") String id,
      @PathParam("version") String version) {
    return ContractDetailView.of(amendments.accept(id, versionNumber(version)));
  }

  @POST
  @Path("{contractId}/amendments/{version}/refuse")
  @OrgRoles({OrgRole.ORG_ADMIN})
  @Operation(
      summary = "Refuse the buyer's amendment with a reason (provider org admin)",
      description =
          "The version stays in the history and never applies; the buyer may propose another."
              + " 400 REASON_REQUIRED, REASON_TOO_LONG; 404 AMENDMENT_NOT_FOUND,"
              + " CONTRACT_NOT_FOUND; 409 AMENDMENT_NOT_PROPOSED, CONTRACT_STATUS_CONFLICT; 422"
              + " CONTRACT_PROVIDER_ONLY.")
  @APIResponse(
      responseCode = "200",
      description = "Refused",
      content = @Content(schema = @Schema(implementation = ContractDetailView.class)))
  public ContractDetailView refuseAmendment(
      @PathParam("org") String org,
      @PathParam("contractId") String id,
      @PathParam("version") String version,
      ContractDecisionRequest body) {
    return ContractDetailView.of(
        amendments.refuse(
            id, versionNumber(version), body == null ? null : validator.valid(body).reason()));
  }

  private static int versionNumber(String version) {
    if (version == null || !version.matches("[1-9][0-9]{0,5}")) {
      throw org.linli.kernel.error.DomainException.notFound("AMENDMENT_NOT_FOUND");
    }
    return Integer.parseInt(version);
  }

  @POST
  @Path("{contractId}/publication")
  @OrgRoles({OrgRole.ORG_ADMIN})
  @Operation(
      summary = "Publish (公开) or withdraw an active or terminated contract (buyer)",
      description = "Published contracts are readable without login. 409 CONTRACT_STATUS_CONFLICT.")
  public ContractDetailView publish(
      @PathParam("org") String org,
      @PathParam("contractId") String id,
      ContractPublicationRequest body) {
    return ContractDetailView.of(contracts.publish(id, validator.valid(body).published()));
  }

  @POST
  @Path("{contractId}/terminate")
  @OrgRoles({OrgRole.ORG_ADMIN})
  @Operation(
      summary = "Terminate a proposed or active contract (buyer); its history stays",
      description = "400 REASON_REQUIRED, INVALID_TERMINATION_DATE; 409 CONTRACT_STATUS_CONFLICT.")
  public ContractDetailView terminate(
      @PathParam("org") String org,
      @PathParam("contractId") String id,
      ContractTerminationRequest body) {
    ContractTerminationRequest b = validator.valid(body);
    return ContractDetailView.of(contracts.terminate(id, b.terminatedOn(), b.reason()));
  }

  @GET
  @Path("{contractId}/residents")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.AUDITOR})
  @Operation(
      summary = "Residents assigned to the contract (the provider sees minimal fields)",
      description =
          "q narrows the list: a part of the name, or the last characters of the ID number as the"
              + " masked number shows them (e.g. 1234 or 123X). 400 QUERY_TOO_LONG over 50"
              + " characters.")
  public Page<ContractResidentView> residents(
      @PathParam("org") String org,
      @PathParam("contractId") String id,
      @QueryParam("q") String q,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    Page<ContractResident> page =
        residents.ofContract(
            id, QueryParams.text(q), PageRequest.of("contract-residents", limit, cursor));
    return new Page<>(
        page.items().stream().map(ContractResidentView::of).toList(), page.nextCursor());
  }

  @POST
  @Path("{contractId}/residents")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
  @Operation(
      summary = "Assign a resident of the roster to an active contract (buyer)",
      description =
          "The provider's copy gets the minimal fields. 404 RESIDENT_NOT_FOUND; 409"
              + " RESIDENT_ALREADY_ASSIGNED, CONTRACT_STATUS_CONFLICT; 422 RESIDENT_NOT_ACTIVE,"
              + " RESIDENT_NOT_ELIGIBLE (no item serves the group).")
  @APIResponse(
      responseCode = "201",
      description = "Assigned",
      content = @Content(schema = @Schema(implementation = ContractResidentView.class)))
  public Response assign(
      @PathParam("org") String org,
      @PathParam("contractId") String id,
      AssignResidentRequest body) {
    return Response.status(201)
        .entity(ContractResidentView.of(residents.assign(id, validator.valid(body).residentId())))
        .build();
  }

  @GET
  @Path("{contractId}/evidence/digest")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.AUDITOR})
  @Operation(
      summary = "The head of the contract's evidence chain: keep it to verify later",
      description = "lastSeq 0 and 64 zeros while no evidence is recorded.")
  public ChainDigestView digest(@PathParam("org") String org, @PathParam("contractId") String id) {
    ServiceOrders.ChainDigest d = orders.digest(id);
    return new ChainDigestView(d.contractId(), d.lastSeq(), d.lastHash(), d.at());
  }

  @POST
  @Path("{contractId}/evidence/verify")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.AUDITOR})
  @Operation(
      summary = "Recompute the chain up to a kept digest: intact, and does the entry still match",
      description = "Reads only. 400 INVALID_SEQ.")
  public ChainCheckView verify(
      @PathParam("org") String org, @PathParam("contractId") String id, ChainVerifyRequest body) {
    ChainVerifyRequest b = validator.valid(body);
    ServiceOrders.ChainCheck c = orders.verify(id, b.lastSeq(), b.lastHash());
    return new ChainCheckView(c.intact(), c.checkedEntries(), c.firstBrokenSeq(), c.matches());
  }

  @GET
  @Path("{contractId}/flags")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.AUDITOR})
  @Operation(
      summary = "The anomaly flags of the contract's orders, newest first (either side's copy)",
      description =
          "E.g. ?status=OPEN for what still blocks settlement. 400 INVALID_STATUS; 404"
              + " CONTRACT_NOT_FOUND.")
  public Page<FlagView> flags(
      @PathParam("org") String org,
      @PathParam("contractId") String id,
      @Parameter(schema = @Schema(implementation = FlagStatus.class)) @QueryParam("status")
          String status,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor,
      @HeaderParam("Accept-Language") String language) {
    java.util.Locale locale = FlagTexts.locale(language);
    Page<org.linli.fund.purchase.domain.OrderFlag> page =
        flags.ofContract(
            id,
            QueryParams.enumValue(FlagStatus.class, "status", status),
            PageRequest.of("purchase-flags", limit, cursor));
    return new Page<>(
        page.items().stream().map(f -> FlagView.of(f, locale)).toList(), page.nextCursor());
  }
}
