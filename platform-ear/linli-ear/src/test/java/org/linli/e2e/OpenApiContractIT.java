package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.ApiContract;
import org.linli.e2e.support.Fixture;

/**
 * The served OpenAPI document is a contract a client can be generated from: it parses without a
 * single message, every operation documents its success answer with a schema and the problem
 * answers it can give, paging parameters are bounded integers, and answers are checked against it
 * (every black-box test does that through support/Http; here the check itself is shown to bite).
 */
class OpenApiContractIT {
  static final Fixture fx = Fixture.get();
  static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
  static OpenAPI api;

  @BeforeAll
  static void parse() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result =
        new OpenAPIV3Parser().readContents(ApiContract.served().text(), null, options);
    assertEquals(List.of(), result.getMessages(), "the OpenAPI parser's messages");
    api = result.getOpenAPI();
    assertNotNull(api);
  }

  private static void eachOperation(BiConsumer<String, Operation> check) {
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach((method, op) -> check.accept(method + " " + path, op)));
  }

  private static ApiResponse resolved(ApiResponse response) {
    if (response.get$ref() == null) {
      return response;
    }
    String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
    return api.getComponents().getResponses().get(name);
  }

  @Test
  void everyOperationDocumentsItsSuccessWithASchema() {
    List<String> wrong = new ArrayList<>();
    eachOperation(
        (name, op) -> {
          List<String> successes =
              op.getResponses().keySet().stream().filter(s -> s.startsWith("2")).toList();
          if (successes.isEmpty()) {
            wrong.add(name + ": no success answer");
          }
          for (String status : successes) {
            Content content = resolved(op.getResponses().get(status)).getContent();
            if (status.equals("204")) {
              if (content != null) {
                wrong.add(name + ": 204 with a body");
              }
              continue;
            }
            if (content == null || content.isEmpty()) {
              wrong.add(name + ": " + status + " without content");
              continue;
            }
            content.forEach(
                (type, media) -> {
                  Schema<?> schema = media.getSchema();
                  boolean file =
                      !type.contains("json") && schema != null && "string".equals(schema.getType());
                  if (schema == null || (!file && !type.contains("json"))) {
                    wrong.add(name + ": " + status + " " + type + " without a schema");
                  }
                });
          }
        });
    assertEquals(List.of(), wrong);
  }

  @Test
  void everyOperationDocumentsTheProblemsItCanAnswer() {
    List<String> wrong = new ArrayList<>();
    eachOperation(
        (name, op) -> {
          String method = name.substring(0, name.indexOf(' '));
          String path = name.substring(name.indexOf(' ') + 1);
          List<String> expected = new ArrayList<>(List.of("400"));
          if (!path.startsWith("/api/v1/public/")) {
            expected.addAll(List.of("401", "403"));
          } else {
            expected.add("429"); // rate-limited per client address
          }
          if (path.contains("{")) {
            expected.add("404");
          }
          if (STATE_CHANGING.contains(method)) {
            expected.addAll(List.of("409", "422"));
          }
          if (header(op, "If-Match") != null) {
            expected.addAll(List.of("412", "428"));
          }
          for (String status : expected) {
            if (!op.getResponses().containsKey(status)) {
              wrong.add(name + ": no " + status);
            }
          }
          op.getResponses()
              .forEach(
                  (status, response) -> {
                    if (status.startsWith("4") || status.startsWith("5")) {
                      Content content = resolved(response).getContent();
                      MediaType problem =
                          content == null ? null : content.get("application/problem+json");
                      if (problem == null
                          || !"#/components/schemas/Problem"
                              .equals(problem.getSchema().get$ref())) {
                        wrong.add(name + ": " + status + " is not a Problem");
                      }
                    }
                  });
        });
    assertEquals(List.of(), wrong);
  }

  private static Parameter header(Operation op, String name) {
    if (op.getParameters() == null) {
      return null;
    }
    return op.getParameters().stream()
        .map(OpenApiContractIT::resolved)
        .filter(p -> "header".equals(p.getIn()) && name.equalsIgnoreCase(p.getName()))
        .findFirst()
        .orElse(null);
  }

  private static Parameter resolved(Parameter p) {
    if (p.get$ref() == null) {
      return p;
    }
    return api.getComponents()
        .getParameters()
        .get(p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1));
  }

  @Test
  void theProblemIsRfc9457WithFieldErrors() {
    Schema<?> problem = api.getComponents().getSchemas().get("Problem");
    assertEquals(
        Set.of("type", "title", "status", "code", "detail", "instance", "errors"),
        problem.getProperties().keySet());
    assertEquals(Set.of("type", "title", "status", "code"), Set.copyOf(problem.getRequired()));
    Schema<?> errors = problem.getProperties().get("errors");
    assertEquals("#/components/schemas/FieldError", errors.getItems().get$ref());
    Schema<?> fieldError = api.getComponents().getSchemas().get("FieldError");
    assertEquals(Set.of("field", "code", "message"), fieldError.getProperties().keySet());
  }

  /** Closed sets of strings the scanner cannot know (wire names, document types) are enums. */
  @Test
  void rolesAndIdentityDocumentTypesAreEnums() {
    int roles = 0;
    int idTypes = 0;
    for (var entry : api.getComponents().getSchemas().entrySet()) {
      Map<String, Schema> properties = entry.getValue().getProperties();
      if (properties == null) {
        continue;
      }
      if (properties.get("roles") != null) {
        roles++;
        assertEquals(
            List.of("org-admin", "staff", "finance", "volunteer", "auditor"),
            properties.get("roles").getItems().getEnum(),
            entry.getKey() + ".roles");
      }
      if (properties.get("idType") != null) {
        idTypes++;
        assertEquals(
            List.of("RESIDENT_ID", "HMT_RESIDENCE_PERMIT", "PASSPORT"),
            properties.get("idType").getEnum(),
            entry.getKey() + ".idType");
      }
    }
    assertTrue(roles >= 2, "schemas with roles: " + roles);
    assertTrue(idTypes >= 3, "schemas with idType: " + idTypes);
  }

  @Test
  void pagingParametersAreBounded() {
    List<String> wrong = new ArrayList<>();
    eachOperation(
        (name, op) -> {
          if (op.getParameters() == null) {
            return;
          }
          for (Parameter p : op.getParameters()) {
            Schema<?> schema = resolved(p).getSchema();
            if ("limit".equals(p.getName())
                && !("integer".equals(schema.getType())
                    && BigDecimal.ONE.equals(schema.getMinimum())
                    && BigDecimal.valueOf(100).equals(schema.getMaximum()))) {
              wrong.add(name + ": limit is not an integer 1..100");
            }
            if ("cursor".equals(p.getName()) && !"string".equals(schema.getType())) {
              wrong.add(name + ": cursor is not a string");
            }
          }
        });
    assertEquals(List.of(), wrong);
  }

  @Test
  void requestHeadersAppearWhereTheServerHonoursThem() {
    Operation settings = api.getPaths().get("/api/v1/orgs/{org}/settings").getPut();
    assertTrue(resolved(header(settings, "If-Match")).getRequired());
    Operation item = api.getPaths().get("/api/v1/orgs/{org}/points/items/{itemId}").getPatch();
    assertTrue(resolved(header(item, "If-Match")).getRequired());
    PathItem orgs = api.getPaths().get("/api/v1/platform/orgs");
    assertNotNull(header(orgs.getPost(), "Idempotency-Key"));
    Operation redeem = api.getPaths().get("/api/v1/orgs/{org}/points/redemptions").getPost();
    assertNotNull(header(redeem, "Idempotency-Key"));
    assertEquals(
        null,
        header(api.getPaths().get("/api/v1/orgs/{org}/activities").getPost(), "Idempotency-Key"),
        "an operation that ignores Idempotency-Key does not offer it");
  }

  @Test
  void createdAnswersSayWhereTheResourceIs() {
    ApiResponse created =
        api.getPaths().get("/api/v1/platform/orgs").getPost().getResponses().get("201");
    assertNotNull(created.getHeaders().get("Location"));
    assertNotNull(
        api.getPaths()
            .get("/api/v1/orgs/{org}/members/{personId}")
            .getDelete()
            .getResponses()
            .get("204"));
  }

  @Test
  void theAnswerCheckRefusesWhatTheDocumentDoesNotSay() {
    ApiContract contract = ApiContract.served();
    String problem =
        "{\"type\":\"urn:linli:problem:ORG_NOT_FOUND\",\"title\":\"Not found\","
            + "\"status\":404,\"code\":\"ORG_NOT_FOUND\"}";
    String path = "/api/v1/platform/orgs/no-such-org";
    assertTrue(contract.mismatch("GET", path, 404, "application/problem+json", problem).isEmpty());
    assertTrue(
        contract
            .mismatch("GET", path, 404, "application/problem+json", problem.replace("404", "\"x\""))
            .isPresent(),
        "a status that is not an integer");
    assertTrue(
        contract.mismatch("GET", path, 418, "application/problem+json", problem).isPresent(),
        "an undocumented status");
    assertTrue(
        contract.mismatch("GET", path, 404, "text/html", "<html/>").isPresent(),
        "an undocumented content type");
    assertTrue(
        contract.mismatch("GET", "/api/v1/no-such-path", 404, "text/html", "x").isEmpty(),
        "no operation, nothing to hold the answer to");
    // And a real answer passes: the check runs on every answer support/Http receives.
    assertEquals(200, fx.a.admin().http().get("/api/v1/orgs/" + fx.a.code()).status());
  }
}
