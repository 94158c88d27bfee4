package org.linli.tenant.domain.settings;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.error.ErrorKind;
import org.linli.kernel.error.FieldError;

/**
 * A validated settings document: a JSON object with known sections only. Sections that later
 * modules own (volunteer, timeBank, points, funds) must be objects; their inner rules are validated
 * by those modules as they are added.
 */
public record SettingsDocument(String json) {
  static final int MAX_BYTES = 64 * 1024;
  private static final Set<String> LOCALES = Set.of("zh-CN", "en-US");
  private static final Set<String> SECTIONS = Set.of("volunteer", "timeBank", "points", "funds");

  public static SettingsDocument defaults() {
    return new SettingsDocument("{\"locale\":\"zh-CN\",\"timezone\":\"Asia/Shanghai\"}");
  }

  public static SettingsDocument parse(JsonObject settings) {
    if (settings == null) {
      throw new DomainException(ErrorKind.INVALID_INPUT, "BODY_REQUIRED")
          .withMessage("BODY_REQUIRED.SETTINGS");
    }
    String json = settings.toString();
    if (json.length() > MAX_BYTES) {
      throw DomainException.invalidField("settings", "SETTINGS_TOO_LARGE");
    }
    List<FieldError> errors = new ArrayList<>();
    for (Map.Entry<String, JsonValue> e : settings.entrySet()) {
      String key = e.getKey();
      JsonValue value = e.getValue();
      switch (key) {
        case "locale" -> {
          if (!(value instanceof jakarta.json.JsonString s) || !LOCALES.contains(s.getString())) {
            errors.add(FieldError.of(key, "INVALID_LOCALE"));
          }
        }
        case "timezone" -> {
          if (!(value instanceof jakarta.json.JsonString s) || !isZone(s.getString())) {
            errors.add(FieldError.of(key, "INVALID_TIMEZONE"));
          }
        }
        default -> {
          if (!SECTIONS.contains(key)) {
            errors.add(FieldError.of(key, "UNKNOWN_SETTING"));
          } else if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            errors.add(FieldError.of(key, "SECTION_NOT_OBJECT"));
          }
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new DomainException(ErrorKind.INVALID_INPUT, "INVALID_SETTINGS", errors);
    }
    return new SettingsDocument(json);
  }

  public JsonObject asJson() {
    return Json.createReader(new StringReader(json)).readObject();
  }

  private static boolean isZone(String zone) {
    try {
      ZoneId.of(zone);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
