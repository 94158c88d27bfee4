package org.linli.kernel.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class KeyedHasherTest {

  private static byte[] key(int fill, int length) {
    byte[] key = new byte[length];
    Arrays.fill(key, (byte) fill);
    return key;
  }

  private final KeyedHasher hasher = new KeyedHasher(key(0x0b, 32));

  @Test
  void matchesRfc4231TestCase6() {
    // The RFC 4231 vector whose key (131 bytes of 0xaa) meets our 32-byte minimum.
    KeyedHasher rfc = new KeyedHasher(key(0xaa, 131));
    assertEquals(
        "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
        rfc.hash("Test Using Larger Than Block-Size Key - Hash Key First"));
  }

  @Test
  void isDeterministicLowerCaseHex() {
    String h = hasher.hash("11010519491231002X");
    assertEquals(h, hasher.hash("11010519491231002X"));
    assertEquals(64, h.length());
    assertTrue(h.matches("[0-9a-f]{64}"), h);
  }

  @Test
  void differentValuesAndKeysGiveDifferentHashes() {
    assertNotEquals(hasher.hash("11010519491231002X"), hasher.hash("11010519491231002x"));
    assertNotEquals(
        hasher.hash("11010519491231002X"),
        new KeyedHasher(key(0x0c, 32)).hash("11010519491231002X"));
  }

  @Test
  void hashesUtf8() {
    KeyedHasher h =
        new KeyedHasher("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));
    assertNotEquals(h.hash("张三"), h.hash("张四"));
    assertEquals(h.hash("张三"), h.hash("张三"));
  }

  @Test
  void rejectsNull() {
    assertThrows(NullPointerException.class, () -> hasher.hash(null));
  }

  @Test
  void acceptsLongerKeys() {
    assertEquals(64, new KeyedHasher(key(1, 64)).hash("x").length());
  }

  @Test
  void rejectsShortKeys() {
    for (int n : new int[] {0, 16, 31}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> new KeyedHasher(new byte[n]));
      assertTrue(e.getMessage().contains("at least 32 bytes"), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> new KeyedHasher(null));
  }

  @Test
  void fromBase64KeyMatchesRawKey() {
    String base64 = Base64.getEncoder().encodeToString(key(0x0b, 32));
    assertEquals(hasher.hash("abc"), KeyedHasher.fromBase64Key(base64 + "\n").hash("abc"));
  }

  @Test
  void fromBase64KeyErrorsNeverPrintTheKey() {
    String shortKey =
        Base64.getEncoder().encodeToString("too short".getBytes(StandardCharsets.UTF_8));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> KeyedHasher.fromBase64Key(shortKey));
    assertFalse(e.getMessage().contains(shortKey), e.getMessage());

    IllegalArgumentException bad =
        assertThrows(IllegalArgumentException.class, () -> KeyedHasher.fromBase64Key("s3cr3t!!"));
    assertFalse(bad.getMessage().contains("s3cr3t"), bad.getMessage());
    assertNull(bad.getCause());
    assertThrows(IllegalArgumentException.class, () -> KeyedHasher.fromBase64Key(null));
  }
}
