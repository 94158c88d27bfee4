package org.linli.platform.openapi;

import static org.eclipse.microprofile.openapi.OASFactory.createComponents;
import static org.eclipse.microprofile.openapi.OASFactory.createSchema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.linli.kernel.security.OrgRole;

/**
 * The generic half of the API contract, applied to every scanned operation so no resource has to
 * repeat it (registered with {@code mp.openapi.filter}). Operation-specific facts (success status
 * and schema, Location, Idempotency-Key, If-Match) stay in the resources' annotations. Rules:
 *
 * <ul>
 *   <li>every operation can answer 400: bad characters in a path, query, header or body value;
 *   <li>everything outside {@code /api/v1/public/} needs a token: 401, and 403 for a missing role
 *       or membership; public operations are marked as needing no security and are rate-limited per
 *       client address: 429;
 *   <li>an operation with path parameters can answer 404;
 *   <li>every operation can answer 503 when the database cannot be reached (DATABASE_UNAVAILABLE);
 *   <li>POST, PUT, PATCH and DELETE change state: 409 and 422; with a body also 415;
 *   <li>an operation that takes If-Match requires it and can answer 412 (stale) and 428 (missing);
 *   <li>{@code limit} is an integer 1..100 (default 20) and {@code cursor} an opaque string: the
 *       resources read both as strings so a bad value is a 400 problem, not a JAX-RS 404.
 * </ul>
 *
 * An answer the resource documents itself is kept as it is.
 */
public class ContractFilter implements OASFilter {
  private static final String PUBLIC_PREFIX = "/api/v1/public/";

  /** The province gateway's pushes: limited to each organization's agreed rate (429). */
  private static final String GATEWAY_PREFIX = "/api/v1/gateway/";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(createComponents());
    }
    ContractComponents.addTo(openAPI.getComponents());
    if (openAPI.getComponents().getSchemas() != null) {
      openAPI.getComponents().getSchemas().values().forEach(ContractFilter::enumerateRoles);
    }
    if (openAPI.getPaths() == null) {
      return;
    }
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) ->
                item.getOperations()
                    .forEach((method, operation) -> apply(path, method, operation)));
  }

  /**
   * Organization roles travel as their wire names ("org-admin"), which are not Java names, so the
   * scanner sees plain strings: every {@code roles} array lists the valid names here.
   */
  private static void enumerateRoles(Schema schema) {
    Schema roles = schema.getProperties() == null ? null : schema.getProperties().get("roles");
    if (roles != null && roles.getItems() != null) {
      roles
          .getItems()
          .setEnumeration(Arrays.stream(OrgRole.values()).map(r -> (Object) r.wireName()).toList());
    }
  }

  private static void apply(String path, PathItem.HttpMethod method, Operation operation) {
    boolean isPublic = path.startsWith(PUBLIC_PREFIX);
    if (isPublic) {
      operation.setSecurity(new ArrayList<>());
    }
    if (operation.getParameters() != null) {
      operation.getParameters().forEach(ContractFilter::typePaging);
      operation.getParameters().forEach(ContractFilter::requireIfMatch);
    }
    APIResponses responses = operation.getResponses();
    add(responses, "400");
    if (isPublic || path.startsWith(GATEWAY_PREFIX)) {
      add(responses, "429");
    }
    if (!isPublic) {
      add(responses, "401");
      add(responses, "403");
    }
    if (path.contains("{")) {
      add(responses, "404");
    }
    if (method != PathItem.HttpMethod.GET) {
      add(responses, "409");
      add(responses, "422");
    }
    if (operation.getRequestBody() != null) {
      add(responses, "415");
    }
    if (takesIfMatch(operation)) {
      add(responses, "412");
      add(responses, "428");
    }
    add(responses, "503");
  }

  private static void add(APIResponses responses, String status) {
    if (!responses.hasAPIResponse(status)) {
      responses.addAPIResponse(
          status, ContractComponents.ref(ContractComponents.ANSWERS.get(status).component()));
    }
  }

  private static boolean takesIfMatch(Operation operation) {
    List<Parameter> parameters = operation.getParameters();
    return parameters != null
        && parameters.stream()
            .anyMatch(
                p ->
                    "If-Match".equalsIgnoreCase(p.getName())
                        || (p.getRef() != null
                            && p.getRef().endsWith("/" + ContractComponents.IF_MATCH)));
  }

  /** A missing If-Match is refused (428): the header is required wherever it is read. */
  private static void requireIfMatch(Parameter parameter) {
    if (parameter.getIn() == Parameter.In.HEADER
        && "If-Match".equalsIgnoreCase(parameter.getName())) {
      parameter.setRequired(true);
      parameter.setDescription("The ETag last read; missing is 428, stale is 412");
    }
  }

  private static void typePaging(Parameter parameter) {
    if (parameter.getIn() != Parameter.In.QUERY) {
      return;
    }
    if ("limit".equals(parameter.getName())) {
      parameter.setSchema(
          createSchema()
              .type(SchemaType.INTEGER)
              .format("int32")
              .minimum(BigDecimal.ONE)
              .maximum(BigDecimal.valueOf(100))
              .defaultValue(20));
      parameter.setDescription("Page size, 1..100 (default 20)");
    } else if ("cursor".equals(parameter.getName())) {
      parameter.setSchema(createSchema().type(SchemaType.STRING));
      parameter.setDescription("The nextCursor of the previous page");
    }
  }
}
