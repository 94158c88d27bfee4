package org.linli.kernel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.linli.kernel.error.DomainException;

class PageRequestTest {
  private static String cursorAfter(String list, String key) {
    return PageRequest.of(list, 1, null)
        .page(List.of(key, "next"), Function.identity())
        .nextCursor();
  }

  private static void assertInvalid(String code, Runnable action) {
    DomainException e = assertThrows(DomainException.class, action::run);
    assertEquals(code, e.code());
    assertEquals(1, e.fieldErrors().size());
  }

  @Test
  void aCursorRoundTripsItsKey() {
    String cursor = cursorAfter("signups", PageRequest.key(Instant.EPOCH, "s-1"));
    PageRequest.After<Instant> after = PageRequest.of("signups", 5, cursor).afterInstantAndId();
    assertEquals(Instant.EPOCH, after.value());
    assertEquals("s-1", after.id());
  }

  @Test
  void garbageTruncatedOrForeignCursorsAreRefused() {
    String cursor = cursorAfter("signups", "abc");
    assertInvalid("INVALID_CURSOR", () -> PageRequest.of("signups", 5, "AA"));
    assertInvalid("INVALID_CURSOR", () -> PageRequest.of("signups", 5, "%%%"));
    assertInvalid("INVALID_CURSOR", () -> PageRequest.of("signups", 5, cursor.substring(0, 7)));
    assertInvalid("INVALID_CURSOR", () -> PageRequest.of("attendance", 5, cursor));
  }

  @Test
  void aKeyOfTheWrongShapeIsABadCursor() {
    String idCursor = cursorAfter("x", "plain-id");
    assertInvalid("INVALID_CURSOR", () -> PageRequest.of("x", 5, idCursor).afterInstantAndId());
    assertInvalid("INVALID_CURSOR", () -> PageRequest.of("x", 5, idCursor).afterLong());
    String pairCursor = cursorAfter("x", PageRequest.key(3, "id"));
    assertInvalid("INVALID_CURSOR", () -> PageRequest.of("x", 5, pairCursor).afterId());
  }

  @Test
  void limitIsBounded() {
    assertInvalid("INVALID_LIMIT", () -> PageRequest.of("x", "0", null));
    assertInvalid("INVALID_LIMIT", () -> PageRequest.of("x", "101", null));
    assertInvalid("INVALID_LIMIT", () -> PageRequest.of("x", "x", null));
    assertEquals(PageRequest.DEFAULT_LIMIT, PageRequest.of("x", (String) null, null).limit());
  }

  @Test
  void slicesASortedListWithoutGapsOrRepeats() {
    List<Integer> newestFirst = List.of(9, 7, 4, 2, 1);
    Page<Integer> first = PageRequest.of("v", 2, null).slice(newestFirst, String::valueOf);
    assertEquals(List.of(9, 7), first.items());
    Page<Integer> second =
        PageRequest.of("v", 2, first.nextCursor()).slice(newestFirst, String::valueOf);
    assertEquals(List.of(4, 2), second.items());
    Page<Integer> last =
        PageRequest.of("v", 2, second.nextCursor()).slice(newestFirst, String::valueOf);
    assertEquals(List.of(1), last.items());
    assertNull(last.nextCursor());
    String foreign = cursorAfter("v", "3");
    assertInvalid(
        "INVALID_CURSOR",
        () -> PageRequest.of("v", 2, foreign).slice(newestFirst, String::valueOf));
  }
}
