package org.linli.kernel.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PiiCipherTest {

  private static final String ID_COLUMN = "person.id_number";
  private static final String SECRET = "11010519491231002X";

  private static byte[] key(int fill) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) fill);
    return key;
  }

  private final PiiCipher cipher = new PiiCipher("k1", key(7));

  @Test
  void roundTrips() {
    String token = cipher.encrypt(SECRET, ID_COLUMN);
    assertEquals(SECRET, cipher.decrypt(token, ID_COLUMN));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "张三", "北京市朝阳区某某路1号 🏠", "a:b:c"})
  void roundTripsUnicodeAndEdgeCases(String plaintext) {
    assertEquals(plaintext, cipher.decrypt(cipher.encrypt(plaintext, ID_COLUMN), ID_COLUMN));
  }

  @Test
  void tokenIsSelfDescribingAndUrlSafe() {
    String token = cipher.encrypt(SECRET, ID_COLUMN);
    assertTrue(token.startsWith("v1:k1:"), token);
    String body = token.substring("v1:k1:".length());
    assertTrue(body.matches("[A-Za-z0-9_-]+"), body);
    // 12-byte IV + 18-byte ciphertext + 16-byte tag.
    assertEquals(12 + SECRET.length() + 16, Base64.getUrlDecoder().decode(body).length);
    assertFalse(token.contains(SECRET));
    assertEquals("k1", PiiCipher.keyIdOf(token));
  }

  @Test
  void randomIvMakesEachEncryptionDifferent() {
    String a = cipher.encrypt(SECRET, ID_COLUMN);
    String b = cipher.encrypt(SECRET, ID_COLUMN);
    assertNotEquals(a, b);
    assertEquals(cipher.decrypt(a, ID_COLUMN), cipher.decrypt(b, ID_COLUMN));
  }

  @Test
  void nullPassesThrough() {
    assertNull(cipher.encrypt(null, ID_COLUMN));
    assertNull(cipher.decrypt(null, ID_COLUMN));
  }

  @Test
  void contextIsRequired() {
    assertThrows(NullPointerException.class, () -> cipher.encrypt(SECRET, null));
    String token = cipher.encrypt(SECRET, ID_COLUMN);
    assertThrows(NullPointerException.class, () -> cipher.decrypt(token, null));
  }

  @Test
  void tokenMovedToAnotherColumnFails() {
    String token = cipher.encrypt(SECRET, ID_COLUMN);
    assertRejected(() -> cipher.decrypt(token, "person.phone"));
  }

  @Test
  void wrongKeyWithSameIdFails() {
    String token = cipher.encrypt(SECRET, ID_COLUMN);
    PiiCipher other = new PiiCipher("k1", key(8));
    assertRejected(() -> other.decrypt(token, ID_COLUMN));
  }

  @Test
  void otherKeyIdIsReportedWithoutTryingToDecrypt() {
    String token = cipher.encrypt(SECRET, ID_COLUMN);
    PiiCipher k2 = new PiiCipher("k2", key(7));
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> k2.decrypt(token, ID_COLUMN));
    assertTrue(e.getMessage().contains("'k1'"), e.getMessage());
  }

  @Test
  void relabelledKeyIdFailsAuthentication() {
    // Same key bytes under two ids: the key id is bound in as associated data.
    PiiCipher k2 = new PiiCipher("k2", key(7));
    String relabelled = cipher.encrypt(SECRET, ID_COLUMN).replaceFirst("^v1:k1:", "v1:k2:");
    assertRejected(() -> k2.decrypt(relabelled, ID_COLUMN));
  }

  @Test
  void everyFlippedBitIsDetected() {
    String token = cipher.encrypt(SECRET, ID_COLUMN);
    String header = "v1:k1:";
    byte[] sealed = Base64.getUrlDecoder().decode(token.substring(header.length()));
    for (int i = 0; i < sealed.length; i++) {
      for (int bit = 0; bit < 8; bit++) {
        byte[] copy = sealed.clone();
        copy[i] ^= (byte) (1 << bit);
        String tampered = header + Base64.getUrlEncoder().withoutPadding().encodeToString(copy);
        assertRejected(() -> cipher.decrypt(tampered, ID_COLUMN));
      }
    }
  }

  @Test
  void truncatedTokenFails() {
    String token = cipher.encrypt(SECRET, ID_COLUMN);
    assertRejected(() -> cipher.decrypt(token.substring(0, token.length() - 4), ID_COLUMN));
    assertRejected(() -> cipher.decrypt("v1:k1:AAAA", ID_COLUMN));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "plain text", "v1:k1", "v2:k1:AAAA", "v1::AAAA", "v1:k1:not base64!"})
  void malformedTokensFail(String token) {
    assertThrows(IllegalStateException.class, () -> cipher.decrypt(token, ID_COLUMN));
  }

  @Test
  void rejectsKeysThatAreNot32Bytes() {
    for (int n : new int[] {0, 16, 24, 31, 33, 64}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> new PiiCipher("k1", new byte[n]));
      assertTrue(e.getMessage().contains("32 bytes"), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> new PiiCipher("k1", null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "k:1"})
  void rejectsUnusableKeyIds(String keyId) {
    assertThrows(IllegalArgumentException.class, () -> new PiiCipher(keyId, key(1)));
  }

  @Test
  void fromBase64KeyAcceptsA32ByteKey() {
    String base64 = Base64.getEncoder().encodeToString(key(7));
    PiiCipher fromConfig = PiiCipher.fromBase64Key("k1", " " + base64 + "\n");
    assertEquals("k1", fromConfig.keyId());
    assertEquals(SECRET, fromConfig.decrypt(cipher.encrypt(SECRET, ID_COLUMN), ID_COLUMN));
  }

  @Test
  void fromBase64KeyRejectsWrongLengthWithoutPrintingTheKey() {
    String shortKey = Base64.getEncoder().encodeToString("sixteen byte key".getBytes());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PiiCipher.fromBase64Key("k1", shortKey));
    assertTrue(e.getMessage().contains("32 bytes"), e.getMessage());
    assertTrue(e.getMessage().contains("16 bytes"), e.getMessage());
    assertFalse(e.getMessage().contains(shortKey), e.getMessage());
    assertFalse(e.getMessage().contains("sixteen"), e.getMessage());
  }

  @Test
  void fromBase64KeyRejectsInvalidBase64WithoutPrintingTheKey() {
    String notBase64 = "s3cr3t-k3y-with-bad-chars!!";
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> PiiCipher.fromBase64Key("k1", notBase64));
    assertFalse(e.getMessage().contains("s3cr3t"), e.getMessage());
    assertNull(e.getCause());
    assertThrows(IllegalArgumentException.class, () -> PiiCipher.fromBase64Key("k1", null));
  }

  @Test
  void toStringShowsOnlyTheKeyId() {
    assertEquals("PiiCipher[keyId=k1]", cipher.toString());
  }

  private static void assertRejected(Executable decrypt) {
    IllegalStateException e = assertThrows(IllegalStateException.class, decrypt);
    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
  }
}
