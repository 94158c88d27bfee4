package org.linli.volunteer.points.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
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
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.api.RequestValidator;
import org.linli.kernel.idempotency.Idempotent;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;
import org.linli.volunteer.points.api.PointsDtos.ItemPatch;
import org.linli.volunteer.points.api.PointsDtos.ItemRequest;
import org.linli.volunteer.points.api.PointsDtos.ItemView;
import org.linli.volunteer.points.api.PointsDtos.RestockRequest;
import org.linli.volunteer.points.application.PointsShop;
import org.linli.volunteer.points.domain.ShopItem;

@Path("/v1/orgs/{org}/points/items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
@Tag(name = "Points shop")
public class PointsItemsResource {
  @Inject PointsShop shop;
  @Inject RequestValidator validator;

  @POST
  @Idempotent
  @Operation(summary = "Add an item donated by a business (the donor is recorded and shown)")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = {
        @Header(name = "Location", ref = "Location"),
        @Header(name = "ETag", ref = "ETag")
      },
      content = @Content(schema = @Schema(implementation = ItemView.class)))
  @Parameter(ref = "IdempotencyKey")
  public Response create(@PathParam("org") String org, ItemRequest body) {
    validator.valid(body);
    ShopItem item = shop.create(body.toDetails(), body.stock());
    return Response.created(URI.create("v1/orgs/" + org + "/points/items/" + item.id()))
        .tag(etag(item))
        .entity(ItemView.of(item))
        .build();
  }

  @GET
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.FINANCE, OrgRole.VOLUNTEER, OrgRole.AUDITOR})
  @Operation(summary = "Items of the shop (volunteers see those on offer), cursor-paginated")
  public Page<ItemView> list(
      @PathParam("org") String org,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    var page = shop.list(PageRequest.of("points-items", limit, cursor));
    return new Page<>(page.items().stream().map(ItemView::of).toList(), page.nextCursor());
  }

  @GET
  @Path("{itemId}")
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF, OrgRole.FINANCE, OrgRole.VOLUNTEER, OrgRole.AUDITOR})
  @Operation(summary = "One item, with its ETag for updates")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      headers = @Header(name = "ETag", ref = "ETag"),
      content = @Content(schema = @Schema(implementation = ItemView.class)))
  public Response get(@PathParam("org") String org, @PathParam("itemId") String itemId) {
    ShopItem item = shop.get(itemId);
    return Response.ok(ItemView.of(item)).tag(etag(item)).build();
  }

  @PATCH
  @Path("{itemId}")
  @Operation(
      summary =
          "Change name, description, price, per-person limit or whether it is on offer; requires"
              + " If-Match with the current ETag")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      headers = @Header(name = "ETag", ref = "ETag"),
      content = @Content(schema = @Schema(implementation = ItemView.class)))
  public Response change(
      @PathParam("org") String org,
      @PathParam("itemId") String itemId,
      @HeaderParam("If-Match") String ifMatch,
      ItemPatch body) {
    validator.valid(body);
    ShopItem item = shop.change(itemId, ifMatch, body.toChanges());
    return Response.ok(ItemView.of(item)).tag(etag(item)).build();
  }

  @POST
  @Path("{itemId}/restock")
  @Idempotent
  @Operation(summary = "Add to the stock (e.g. a new donation of the same item)")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      headers = @Header(name = "ETag", ref = "ETag"),
      content = @Content(schema = @Schema(implementation = ItemView.class)))
  @Parameter(ref = "IdempotencyKey")
  public Response restock(
      @PathParam("org") String org, @PathParam("itemId") String itemId, RestockRequest body) {
    validator.valid(body);
    ShopItem item = shop.restock(itemId, body.quantity());
    return Response.ok(ItemView.of(item)).tag(etag(item)).build();
  }

  private static EntityTag etag(ShopItem item) {
    return new EntityTag(Long.toString(item.version()));
  }
}
