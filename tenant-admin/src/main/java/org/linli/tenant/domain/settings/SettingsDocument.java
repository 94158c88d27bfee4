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
      throw new DomainException(
          ErrorKind.INVALID_INPUT, "BODY_REQUIRED", "缺少设置 (settings required)");
    }
    String json = settings.toString();
    if (json.length() > MAX_BYTES) {
      throw DomainException.invalidField(
          "settings", "SETTINGS_TOO_LARGE", "设置不得超过64KB (max 64 KiB)");
    }
    List<FieldError> errors = new ArrayList<>();
    for (Map.Entry<String, JsonValue> e : settings.entrySet()) {
      String key = e.getKey();
      JsonValue value = e.getValue();
      switch (key) {
        case "locale" -> {
          if (!(value instanceof jakarta.json.JsonString s) || !LOCALES.contains(s.getString())) {
            errors.add(new FieldError(key, "INVALID_LOCALE", "locale 须为 zh-CN 或 en-US"));
          }
        }
        case "timezone" -> {
          if (!(value instanceof jakarta.json.JsonString s) || !isZone(s.getString())) {
            errors.add(
                new FieldError(key, "INVALID_TIMEZONE", "timezone 须为IANA时区，如 Asia/Shanghai"));
          }
        }
        default -> {
          if (!SECTIONS.contains(key)) {
            errors.add(new FieldError(key, "UNKNOWN_SETTING", "未知的设置项 (unknown setting)"));
          } else if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            errors.add(new FieldError(key, "SECTION_NOT_OBJECT", "设置分组须为对象 (must be an object)"));
          }
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new DomainException(
          ErrorKind.INVALID_INPUT, "INVALID_SETTINGS", "设置无效 (invalid settings)", errors);
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
