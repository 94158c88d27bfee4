package org.linli.kernel.api;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.zip.CRC32;
import org.linli.kernel.error.DomainException;

/**
 * Keyset (cursor) pagination: the cursor is the opaque, encoded sort key of the last item returned,
 * so pages stay stable while rows are added and no OFFSET scan is needed.
 *
 * <p>A cursor carries a format version and a checksum over the list's name and the key, so garbage,
 * a truncated cursor or one handed out by another list is refused here as {@code INVALID_CURSOR},
 * before any repository sees the key. The typed accessors ({@link #afterLong()}, {@link
 * #afterInstantAndId()}, ...) refuse a key of the wrong shape the same way.
 *
 * @param limit the page size, 1..{@link #MAX_LIMIT}
 * @param after the decoded sort key of the last item of the previous page, or null
 * @param list the list the cursor belongs to (part of the checksum)
 */
public record PageRequest(int limit, String after, String list) {
  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  private static final byte VERSION = 1;
  private static final int HEADER = 5;
  private static final char SEPARATOR = '|';

  /** A page of an unnamed list (internal callers such as the demo seeders). */
  public static PageRequest of(Integer limit, String cursor) {
    return of("", limit, cursor);
  }

  /** The page asked for by {@code limit} and {@code cursor} query parameters of {@code list}. */
  public static PageRequest of(String list, String limit, String cursor) {
    return of(list, QueryParams.intValue("limit", limit), cursor);
  }

  public static PageRequest of(String list, Integer limit, String cursor) {
    int size = limit == null ? DEFAULT_LIMIT : limit;
    if (size < 1 || size > MAX_LIMIT) {
      throw DomainException.invalidField("limit", "INVALID_LIMIT").with(MAX_LIMIT);
    }
    String after = cursor == null || cursor.isBlank() ? null : decode(list, cursor.strip());
    return new PageRequest(size, after, list);
  }

  /** Fetch {@code limit + 1} rows, then call this to cut the page and compute the next cursor. */
  public <T> Page<T> page(List<T> fetched, Function<T, String> sortKey) {
    if (fetched.size() <= limit) {
      return new Page<>(List.copyOf(fetched), null);
    }
    List<T> items = fetched.subList(0, limit);
    return new Page<>(List.copyOf(items), encode(list, sortKey.apply(items.get(limit - 1))));
  }

  /**
   * Pages a small list already held in memory in its final order, by a sort key unique per item
   * (e.g. a version number): the page after the cursor starts right behind the item with the
   * cursor's key. Items are only ever added to such lists, so a missing key is a foreign cursor.
   */
  public <T> Page<T> slice(List<T> sorted, Function<T, String> key) {
    int from = 0;
    if (after != null) {
      from = -1;
      for (int i = 0; i < sorted.size() && from < 0; i++) {
        if (after.equals(key.apply(sorted.get(i)))) {
          from = i + 1;
        }
      }
      if (from < 0) {
        throw invalidCursor();
      }
    }
    return page(sorted.subList(from, Math.min(sorted.size(), from + limit + 1)), key);
  }

  /** The sort key of a list ordered by a value, then by id. */
  public static String key(Object value, String id) {
    return value + String.valueOf(SEPARATOR) + id;
  }

  /** The previous page's last sort key parsed by {@code parse}; a failure is a bad cursor. */
  public <K> K afterAs(Function<String, K> parse) {
    if (after == null) {
      return null;
    }
    try {
      K key = parse.apply(after);
      if (key == null) {
        throw invalidCursor();
      }
      return key;
    } catch (RuntimeException e) {
      throw invalidCursor();
    }
  }

  /** The previous page's last id (lists ordered by id alone), or null on the first page. */
  public String afterId() {
    return afterAs(
        key -> {
          if (key.isEmpty() || key.indexOf(SEPARATOR) >= 0) {
            throw invalidCursor();
          }
          return key;
        });
  }

  public Long afterLong() {
    return afterAs(Long::valueOf);
  }

  public After<Instant> afterInstantAndId() {
    return afterValueAndId(Instant::parse);
  }

  public After<LocalDate> afterDateAndId() {
    return afterValueAndId(LocalDate::parse);
  }

  public After<Long> afterLongAndId() {
    return afterValueAndId(Long::valueOf);
  }

  /** The previous page's last (value, id) of a list written with {@link #key(Object, String)}. */
  public <V> After<V> afterValueAndId(Function<String, V> parseValue) {
    return afterAs(
        key -> {
          int at = key.indexOf(SEPARATOR);
          if (at < 1 || at == key.length() - 1) {
            throw invalidCursor();
          }
          return new After<>(parseValue.apply(key.substring(0, at)), key.substring(at + 1));
        });
  }

  /** A decoded (value, id) sort key. */
  public record After<V>(V value, String id) {}

  private static String encode(String list, String key) {
    byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
    ByteBuffer cursor = ByteBuffer.allocate(HEADER + bytes.length);
    cursor.put(VERSION).putInt((int) checksum(list, bytes)).put(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(cursor.array());
  }

  private static String decode(String list, String cursor) {
    byte[] raw;
    try {
      raw = Base64.getUrlDecoder().decode(cursor);
    } catch (IllegalArgumentException e) {
      throw invalidCursor();
    }
    if (raw.length <= HEADER || raw[0] != VERSION) {
      throw invalidCursor();
    }
    byte[] key = Arrays.copyOfRange(raw, HEADER, raw.length);
    if (ByteBuffer.wrap(raw, 1, 4).getInt() != (int) checksum(list, key)) {
      throw invalidCursor();
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(key))
          .toString();
    } catch (CharacterCodingException e) {
      throw invalidCursor();
    }
  }

  private static long checksum(String list, byte[] key) {
    CRC32 crc = new CRC32();
    crc.update(list.getBytes(StandardCharsets.UTF_8));
    crc.update(0);
    crc.update(key);
    return crc.getValue();
  }

  private static DomainException invalidCursor() {
    return DomainException.invalidField("cursor", "INVALID_CURSOR");
  }
}
