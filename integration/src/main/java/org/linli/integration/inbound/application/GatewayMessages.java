package org.linli.integration.inbound.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.linli.integration.inbound.domain.GatewaySignature;
import org.linli.integration.inbound.domain.ListKind;
import org.linli.integration.inbound.domain.RowSource;
import org.linli.integration.inbound.infrastructure.InboundStore.Claim;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.error.ErrorKind;
import org.linli.kernel.tenancy.TenantId;
import org.linli.kernel.tenancy.TenantWork;
import org.linli.tenant.domain.org.OrganizationRepository;

/**
 * Messages pushed by the province data-sharing gateway: the signature is checked before anything
 * else (401 when missing or wrong, 422 when stale), then the body is read strictly and applied for
 * the organization of the path, once per (GATEWAY, SHA-256 of the body).
 *
 * <pre>
 * {"type":"ROSTER","period":"2026-11","rows":[{"idNumber","name","category","level",
 *   "effectiveFrom","address"}, ...]}
 * {"type":"DEATH","notices":[{"idNumber","name","dateOfDeath"}, ...]}
 * </pre>
 */
@ApplicationScoped
public class GatewayMessages {
  public static final String SOURCE = "GATEWAY";
  static final int MAX_ROWS = 20_000;

  @Inject InboundSettings settings;
  @Inject OrganizationRepository organizations;
  @Inject TenantWork tenantWork;
  @Inject RosterImport rosters;
  @Inject InboundWork work;
  @Inject InboundClaims claims;
  @Inject NoticeImport noticeImport;

  public Received receive(String org, String timestamp, String signature, byte[] body) {
    GatewaySignature.Verdict verdict =
        GatewaySignature.check(
            settings.gatewaySecret(org).orElse(null),
            timestamp,
            signature,
            body,
            Instant.now(),
            settings.gatewayMaxSkew());
    switch (verdict) {
      case MISSING -> throw new DomainException(ErrorKind.UNAUTHENTICATED, "GATEWAY_UNSIGNED");
      case INVALID ->
          throw new DomainException(ErrorKind.UNAUTHENTICATED, "GATEWAY_SIGNATURE_INVALID");
      case STALE -> throw DomainException.rule("GATEWAY_MESSAGE_STALE");
      case VALID -> {}
    }
    if (organizations.find(org).isEmpty()) {
      throw DomainException.notFound("ORG_NOT_FOUND");
    }
    JsonObject message = parse(body);
    String checksum = RosterImport.sha256(body);
    String type = string(message, "type");
    return switch (type) {
      case "ROSTER" -> roster(org, message, checksum);
      case "DEATH" -> deaths(org, message, checksum);
      default -> throw invalid("type");
    };
  }

  private Received roster(String org, JsonObject message, String checksum) {
    only(message, Set.of("type", "period", "rows"));
    LocalDate period;
    try {
      period = YearMonth.parse(string(message, "period")).atDay(1);
    } catch (DateTimeParseException e) {
      throw invalid("period");
    }
    JsonArray rows = array(message, "rows");
    return tenantWork.call(
        TenantId.of(org),
        "civil-affairs-gateway",
        () -> {
          try {
            return rosters.rows(
                SOURCE,
                "gateway-roster-" + checksum.substring(0, 12),
                checksum,
                period,
                new JsonRows(rows));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private Received deaths(String org, JsonObject message, String checksum) {
    only(message, Set.of("type", "notices"));
    JsonArray notices = array(message, "notices");
    for (JsonValue v : notices) {
      if (!(v instanceof JsonObject o)) {
        throw invalid("notices");
      }
      only(o, Set.of("idNumber", "name", "dateOfDeath"));
    }
    return tenantWork.call(
        TenantId.of(org),
        "civil-affairs-gateway",
        () -> {
          Optional<Claim> claimed =
              claims.claim(
                  SOURCE,
                  ListKind.DEATH,
                  "gateway-death-" + checksum.substring(0, 12),
                  checksum,
                  false);
          if (claimed.isEmpty()) {
            return work.known(SOURCE, checksum)
                .map(f -> new Received(f.id(), true, f.status(), 0, 0, null))
                .orElseThrow();
          }
          try {
            return noticeImport.apply(claimed.get(), ListKind.DEATH, new JsonNotices(notices));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static JsonObject parse(byte[] body) {
    try (var reader = Json.createReader(new ByteArrayInputStream(body))) {
      return reader.readObject();
    } catch (JsonParsingException | IllegalStateException e) {
      throw DomainException.invalidField("body", "GATEWAY_MESSAGE_INVALID");
    } catch (JsonException e) {
      throw DomainException.invalidField("body", "GATEWAY_MESSAGE_INVALID");
    }
  }

  private static void only(JsonObject o, Set<String> keys) {
    for (String k : o.keySet()) {
      if (!keys.contains(k)) {
        throw invalid(k);
      }
    }
  }

  private static String string(JsonObject o, String key) {
    if (!(o.get(key) instanceof JsonString s)) {
      throw invalid(key);
    }
    return s.getString();
  }

  private static String text(JsonObject o, String key) {
    return o.get(key) instanceof JsonString s ? s.getString() : "";
  }

  private static JsonArray array(JsonObject o, String key) {
    if (!(o.get(key) instanceof JsonArray a) || a.isEmpty() || a.size() > MAX_ROWS) {
      throw invalid(key);
    }
    return a;
  }

  private static DomainException invalid(String field) {
    return DomainException.invalidField(field, "GATEWAY_MESSAGE_INVALID");
  }

  /** The rows of a gateway roster; a row that is not an object of strings is a bad row. */
  private static final class JsonRows implements RowSource {
    private final Iterator<JsonValue> rows;
    private int line;

    JsonRows(JsonArray rows) {
      this.rows = rows.iterator();
    }

    @Override
    public Row next() {
      if (!rows.hasNext()) {
        return null;
      }
      line++;
      if (!(rows.next() instanceof JsonObject o)) {
        return new Row(line, Map.of(), "NOT_AN_OBJECT");
      }
      Map<String, String> f = new HashMap<>();
      for (String key : RowSource.REQUIRED) {
        JsonValue v = o.get(key);
        if (v != null && !(v instanceof JsonString) && v != JsonValue.NULL) {
          return new Row(line, Map.of(), "FIELD_NOT_TEXT");
        }
        f.put(key, v instanceof JsonString s ? s.getString() : "");
      }
      return new Row(line, f, null);
    }

    @Override
    public void close() {}
  }

  /** The notices of a gateway death message, as rows of a notice list (idNumber, name, date). */
  private static final class JsonNotices implements RowSource {
    private final Iterator<JsonValue> notices;
    private int line;

    JsonNotices(JsonArray notices) {
      this.notices = notices.iterator();
    }

    @Override
    public Row next() {
      if (!notices.hasNext()) {
        return null;
      }
      line++;
      JsonObject o = (JsonObject) notices.next();
      return new Row(
          line,
          Map.of(
              "idNumber", text(o, "idNumber"),
              "name", text(o, "name"),
              "date", text(o, "dateOfDeath")),
          null);
    }

    @Override
    public void close() {}
  }
}
