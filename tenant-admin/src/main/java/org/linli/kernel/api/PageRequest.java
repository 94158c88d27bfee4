package org.linli.kernel.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.linli.kernel.error.DomainException;

/**
 * Keyset (cursor) pagination: the cursor is the opaque, encoded sort key of the last item returned,
 * so pages stay stable while rows are added and no OFFSET scan is needed.
 */
public record PageRequest(int limit, String after) {
  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  public static PageRequest of(Integer limit, String cursor) {
    int size = limit == null ? DEFAULT_LIMIT : limit;
    if (size < 1 || size > MAX_LIMIT) {
      throw DomainException.invalidField("limit", "INVALID_LIMIT").with(MAX_LIMIT);
    }
    return new PageRequest(size, cursor == null || cursor.isBlank() ? null : decode(cursor));
  }

  /** Fetch {@code limit + 1} rows, then call this to cut the page and compute the next cursor. */
  public <T> Page<T> page(List<T> fetched, Function<T, String> sortKey) {
    if (fetched.size() <= limit) {
      return new Page<>(fetched, null);
    }
    List<T> items = fetched.subList(0, limit);
    return new Page<>(List.copyOf(items), encode(sortKey.apply(items.get(limit - 1))));
  }

  private static String encode(String key) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(key.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String cursor) {
    try {
      return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw DomainException.invalidField("cursor", "INVALID_CURSOR");
    }
  }
}
