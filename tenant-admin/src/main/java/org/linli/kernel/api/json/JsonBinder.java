package org.linli.kernel.api.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.linli.kernel.error.DomainException;

/**
 * Binds a strictly parsed JSON tree to a request type: records (by their JSON-B property names),
 * lists, sets, string-keyed maps, JSON-P values, strings, numbers, booleans, enums and ISO-8601
 * dates and times. A value of the wrong JSON type, a fraction for an integer, a number out of the
 * Java type's range and a field the type does not have are each a 400 naming the field. Absent
 * fields are null (primitives: their default), as with JSON-B.
 */
public final class JsonBinder {
  /** Decimal numbers beyond this many digits either side of the point are no plausible input. */
  static final int MAX_DECIMAL_DIGITS = 100;

  private static final Map<Class<?>, Function<String, Object>> TEMPORALS =
      Map.of(
          LocalDate.class, LocalDate::parse,
          LocalTime.class, LocalTime::parse,
          LocalDateTime.class, LocalDateTime::parse,
          OffsetDateTime.class, OffsetDateTime::parse,
          ZonedDateTime.class, ZonedDateTime::parse,
          Instant.class, Instant::parse,
          YearMonth.class, YearMonth::parse);

  private JsonBinder() {}

  /** Binds the body (null for an empty body stays null: RequestValidator answers BODY_REQUIRED). */
  public static Object bind(JsonValue value, Type type) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    return bind(value, type, Paths.ROOT);
  }

  static Object bind(JsonValue value, Type type, String path) {
    Class<?> raw = rawType(type);
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      if (raw.isPrimitive()) {
        throw wrongType(path, "INVALID_TYPE.NOT_NULL");
      }
      return null;
    }
    if (JsonValue.class.isAssignableFrom(raw)) {
      return jsonValue(value, raw, path);
    }
    if (raw == String.class) {
      return string(value, path);
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return bool(value, path);
    }
    if (Number.class.isAssignableFrom(raw) || (raw.isPrimitive() && raw != char.class)) {
      return number(value, raw, path);
    }
    if (raw.isEnum()) {
      return enumValue(value, raw, path);
    }
    if (TEMPORALS.containsKey(raw)) {
      return temporal(value, raw, path);
    }
    if (raw == UUID.class) {
      return uuid(value, path);
    }
    if (raw.isRecord()) {
      return record(value, raw, path);
    }
    if (raw == List.class || raw == Collection.class || raw == Iterable.class) {
      return collection(value, typeArgument(type, 0), path, new ArrayList<>());
    }
    if (raw == Set.class) {
      return collection(value, typeArgument(type, 0), path, new LinkedHashSet<>());
    }
    if (raw == Map.class && rawType(typeArgument(type, 0)) == String.class) {
      return map(value, typeArgument(type, 1), path);
    }
    if (raw == Object.class) {
      return value;
    }
    // A programming error, not bad input: every request type must be bindable strictly.
    throw new IllegalStateException("no strict JSON binding for request type " + type);
  }

  private static Object jsonValue(JsonValue value, Class<?> raw, String path) {
    if (!raw.isInstance(value)) {
      if (JsonObject.class.isAssignableFrom(raw)) {
        throw wrongType(path, "INVALID_TYPE.OBJECT");
      }
      throw wrongType(path, "INVALID_TYPE.ARRAY");
    }
    return value;
  }

  private static String string(JsonValue value, String path) {
    if (!(value instanceof JsonString s)) {
      throw wrongType(path, "INVALID_TYPE.STRING");
    }
    return s.getString();
  }

  private static Boolean bool(JsonValue value, String path) {
    return switch (value.getValueType()) {
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      default -> throw wrongType(path, "INVALID_TYPE.BOOLEAN");
    };
  }

  private static Object number(JsonValue value, Class<?> raw, String path) {
    if (!(value instanceof JsonNumber n)) {
      throw wrongType(path, "INVALID_TYPE.NUMBER");
    }
    BigDecimal d = n.bigDecimalValue();
    if (raw == BigDecimal.class) {
      if (d.precision() - d.scale() > MAX_DECIMAL_DIGITS || d.scale() > MAX_DECIMAL_DIGITS) {
        throw outOfRange(path);
      }
      return d;
    }
    if (raw == Double.class || raw == double.class || raw == Float.class || raw == float.class) {
      boolean single = raw == Float.class || raw == float.class;
      double x = single ? d.floatValue() : d.doubleValue();
      if (Double.isInfinite(x)) {
        throw outOfRange(path);
      }
      return single ? (Object) (float) x : (Object) x;
    }
    if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
      throw DomainException.invalidField(path, "NOT_AN_INTEGER");
    }
    try {
      if (raw == Integer.class || raw == int.class) {
        return d.intValueExact();
      }
      if (raw == Long.class || raw == long.class) {
        return d.longValueExact();
      }
      if (raw == Short.class || raw == short.class) {
        return d.shortValueExact();
      }
      if (raw == Byte.class || raw == byte.class) {
        return d.byteValueExact();
      }
      if (raw == BigInteger.class) {
        if (d.precision() - d.scale() > MAX_DECIMAL_DIGITS) {
          throw outOfRange(path);
        }
        return d.toBigIntegerExact();
      }
    } catch (ArithmeticException e) {
      throw outOfRange(path);
    }
    throw new IllegalStateException("no strict JSON binding for number type " + raw);
  }

  private static Object enumValue(JsonValue value, Class<?> raw, String path) {
    String name = string(value, path);
    for (Object constant : raw.getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(name)) {
        return constant;
      }
    }
    String allowed =
        Arrays.stream(raw.getEnumConstants())
            .map(c -> ((Enum<?>) c).name())
            .collect(Collectors.joining(", "));
    throw DomainException.invalidField(path, "INVALID_VALUE").with(allowed);
  }

  private static Object temporal(JsonValue value, Class<?> raw, String path) {
    String text = string(value, path);
    try {
      return TEMPORALS.get(raw).apply(text);
    } catch (DateTimeParseException e) {
      throw DomainException.invalidField(path, "INVALID_DATE_TIME").with(raw.getSimpleName());
    }
  }

  private static UUID uuid(JsonValue value, String path) {
    String text = string(value, path);
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw DomainException.invalidField(path, "INVALID_VALUE").withMessage("INVALID_VALUE.2");
    }
  }

  private static Object record(JsonValue value, Class<?> raw, String path) {
    if (!(value instanceof JsonObject object)) {
      throw wrongType(path, "INVALID_TYPE.OBJECT");
    }
    RecordComponent[] components = raw.getRecordComponents();
    Map<String, Integer> byName = new LinkedHashMap<>();
    for (int i = 0; i < components.length; i++) {
      byName.put(propertyName(raw, components[i]), i);
    }
    for (String key : object.keySet()) {
      if (!byName.containsKey(key)) {
        throw DomainException.invalidField(Paths.field(path, key), "UNKNOWN_FIELD");
      }
    }
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      types[i] = c.getType();
      String name = propertyName(raw, c);
      JsonValue field = object.get(name);
      args[i] =
          field == null
              ? defaultValue(c.getType())
              : bind(field, c.getGenericType(), Paths.field(path, name));
    }
    return construct(raw, types, args, path);
  }

  private static Object construct(Class<?> raw, Class<?>[] types, Object[] args, String path) {
    try {
      Constructor<?> canonical = raw.getDeclaredConstructor(types);
      canonical.trySetAccessible();
      return canonical.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof DomainException domain) {
        throw domain;
      }
      // The record refused the values (JSON-B answered this with a 400 as well).
      throw DomainException.invalidField(path, "INVALID_VALUE").withMessage("INVALID_VALUE.3");
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct request type " + raw, e);
    }
  }

  /** The JSON-B name: a {@code @JsonbProperty} on the component, its accessor or field. */
  private static String propertyName(Class<?> record, RecordComponent c) {
    JsonbProperty renamed = c.getAnnotation(JsonbProperty.class);
    if (renamed == null) {
      renamed = c.getAccessor().getAnnotation(JsonbProperty.class);
    }
    if (renamed == null) {
      try {
        renamed = record.getDeclaredField(c.getName()).getAnnotation(JsonbProperty.class);
      } catch (NoSuchFieldException e) {
        renamed = null;
      }
    }
    return renamed == null || renamed.value().isEmpty() ? c.getName() : renamed.value();
  }

  private static Collection<Object> collection(
      JsonValue value, Type element, String path, Collection<Object> into) {
    if (!(value instanceof JsonArray array)) {
      throw wrongType(path, "INVALID_TYPE.ARRAY");
    }
    for (int i = 0; i < array.size(); i++) {
      into.add(bind(array.get(i), element, Paths.element(path, i)));
    }
    return into;
  }

  private static Map<String, Object> map(JsonValue value, Type valueType, String path) {
    if (!(value instanceof JsonObject object)) {
      throw wrongType(path, "INVALID_TYPE.OBJECT");
    }
    Map<String, Object> map = new LinkedHashMap<>();
    object.forEach((k, v) -> map.put(k, bind(v, valueType, Paths.field(path, k))));
    return map;
  }

  private static Object defaultValue(Class<?> type) {
    if (!type.isPrimitive()) {
      return null;
    }
    if (type == boolean.class) {
      return false;
    }
    if (type == double.class) {
      return 0d;
    }
    if (type == float.class) {
      return 0f;
    }
    if (type == long.class) {
      return 0L;
    }
    if (type == int.class) {
      return 0;
    }
    if (type == short.class) {
      return (short) 0;
    }
    if (type == byte.class) {
      return (byte) 0;
    }
    return '\0';
  }

  static Class<?> rawType(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (type instanceof WildcardType w) {
      return rawType(w.getUpperBounds()[0]);
    }
    throw new IllegalStateException("no strict JSON binding for request type " + type);
  }

  private static Type typeArgument(Type type, int index) {
    if (type instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[index];
    }
    return Object.class;
  }

  /** {@code text}: the INVALID_TYPE variant naming the expected type, e.g. INVALID_TYPE.STRING. */
  static DomainException wrongType(String path, String text) {
    return DomainException.invalidField(path, "INVALID_TYPE").withMessage(text);
  }

  static DomainException outOfRange(String path) {
    return DomainException.invalidField(path, "NUMBER_OUT_OF_RANGE");
  }
}
