package org.linli.fund.accounting.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.fund.accounting.api.ChartDtos.BooksRequest;
import org.linli.fund.accounting.api.ChartDtos.ChartAccountView;
import org.linli.fund.accounting.api.ChartDtos.ChartView;
import org.linli.fund.accounting.api.ChartDtos.SubAccountRequest;
import org.linli.fund.accounting.application.Books;
import org.linli.fund.accounting.domain.ChartAccount;
import org.linli.fund.accounting.domain.ChartVersion;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;

/** The organization's books and chart of accounts (民非会计科目表). */
@Path("/v1/orgs/{org}/accounting")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounting")
public class ChartResource {
  @Inject Books books;
  @Inject RequestValidator validator;

  @GET
  @Path("chart")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE, OrgRole.AUDITOR, OrgRole.STAFF})
  @Operation(
      summary = "The chart of accounts (opens the books with the 制度 version in force if needed)")
  public ChartView chart(@PathParam("org") String org) {
    List<ChartAccount> accounts = books.chart();
    Set<String> parents =
        accounts.stream()
            .map(ChartAccount::parentCode)
            .filter(p -> p != null)
            .collect(Collectors.toSet());
    return new ChartView(
        books.ensureOpen().code(),
        accounts.stream().map(a -> ChartAccountView.of(a, parents)).toList());
  }

  @POST
  @Path("books")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE})
  @Operation(
      summary = "Open the books under a 制度 version (2004 or 2024)",
      description = "409 BOOKS_ALREADY_OPEN when the books follow the other version.")
  @APIResponse(
      responseCode = "200",
      description = "The chart",
      content = @Content(schema = @Schema(implementation = ChartView.class)))
  public Response open(@PathParam("org") String org, BooksRequest body) {
    validator.valid(body);
    ChartVersion version =
        ChartVersion.fromCode(body.chartVersion())
            .orElseThrow(
                () -> DomainException.invalidField("chartVersion", "INVALID_CHART_VERSION"));
    books.open(version);
    return Response.ok(chart(org)).build();
  }

  @POST
  @Path("chart/accounts")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.FINANCE})
  @Operation(
      summary = "Add a sub-account (明细科目) under an account",
      description =
          "The code is the parent's code plus two digits; class, side and restriction come from"
              + " the parent. 422 ACCOUNT_HAS_POSTINGS when the parent has lines of its own.")
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content = @Content(schema = @Schema(implementation = ChartAccountView.class)))
  public Response addSubAccount(@PathParam("org") String org, SubAccountRequest body) {
    validator.valid(body);
    ChartAccount a = books.addSubAccount(body.parentCode(), body.code(), body.name());
    return Response.status(Response.Status.CREATED)
        .entity(ChartAccountView.of(a, Set.of()))
        .build();
  }
}
