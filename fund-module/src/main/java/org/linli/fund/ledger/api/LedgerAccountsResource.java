package org.linli.fund.ledger.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.fund.ledger.api.LedgerDtos.AccountView;
import org.linli.fund.ledger.api.LedgerDtos.BalanceView;
import org.linli.fund.ledger.api.LedgerDtos.OpenAccountRequest;
import org.linli.fund.ledger.api.LedgerDtos.StatementLineView;
import org.linli.fund.ledger.application.LedgerAccounts;
import org.linli.fund.ledger.domain.Account;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.QueryParams;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.idempotency.Idempotent;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;

@Path("/v1/orgs/{org}/ledger/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE, OrgRole.AUDITOR})
@Tag(name = "Ledger")
public class LedgerAccountsResource {
  @Inject LedgerAccounts accounts;
  @Inject RequestValidator validator;

  @POST
  @Idempotent
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE})
  @Operation(summary = "Open a ledger account in one unit (CNY, HOUR or POINT)")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = @Header(name = "Location", ref = "Location"),
      content = @Content(schema = @Schema(implementation = AccountView.class)))
  @Parameter(ref = "IdempotencyKey")
  public Response open(@PathParam("org") String org, OpenAccountRequest body) {
    validator.valid(body);
    Account a =
        accounts.open(
            LedgerDtos.unit(body.unit()),
            body.kind(),
            body.owner() == null ? null : new Account.Owner(body.owner().type(), body.owner().id()),
            body.name(),
            body.noNegative());
    return Response.created(URI.create("v1/orgs/" + org + "/ledger/accounts/" + a.id()))
        .entity(AccountView.of(a))
        .build();
  }

  @GET
  @Operation(summary = "Ledger accounts, cursor-paginated")
  public Page<AccountView> list(
      @PathParam("org") String org,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    var page = accounts.list(PageRequest.of("ledger-accounts", limit, cursor));
    return new Page<>(page.items().stream().map(AccountView::of).toList(), page.nextCursor());
  }

  @GET
  @Path("{accountId}")
  @Operation(summary = "One account with its current balance")
  public AccountView get(@PathParam("org") String org, @PathParam("accountId") String id) {
    return AccountView.of(accounts.get(id));
  }

  @GET
  @Path("{accountId}/statement")
  @Operation(
      summary =
          "The account's postings in order with the running balance; from/to narrow them by"
              + " effective date")
  public Page<StatementLineView> statement(
      @PathParam("org") String org,
      @PathParam("accountId") String id,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    var period = QueryParams.dateRange(from, to);
    var unit = accounts.get(id).unit();
    var page =
        accounts.statement(
            id, period.from(), period.to(), PageRequest.of("ledger-statement", limit, cursor));
    return new Page<>(
        page.items().stream().map(l -> StatementLineView.of(unit, l)).toList(), page.nextCursor());
  }

  @GET
  @Path("{accountId}/balance")
  @Operation(summary = "The balance at the end of a day: postings effective on or before it")
  public BalanceView balance(
      @PathParam("org") String org,
      @PathParam("accountId") String id,
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("at")
          String at) {
    LocalDate day = QueryParams.date("at", at);
    if (day == null) {
      day = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
    Account a = accounts.get(id);
    long balance = accounts.balanceAt(id, day);
    return new BalanceView(a.id(), a.unit().name(), day, a.unit().format(balance), balance);
  }
}
