package org.linli.fund.receipt.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import org.linli.kernel.crypto.KeyedHasher;

/**
 * The 校验码 printed on a receipt and carried by its QR code: the first ten characters of an HMAC (the
 * platform's keyed hasher) over the organization, the receipt's code, number, amount, date and
 * payer. Receipt numbers are sequential, so anyone can walk them; only the holder of the paper (or
 * its QR code) has the check code, and only they see the receipt's facts on the public page.
 */
@ApplicationScoped
public class ReceiptChecks {
  private static final int LENGTH = 10;

  @Inject KeyedHasher hasher;

  public String checkCode(
      String tenant, String code, long no, long amountFen, String issuedOn, String payer) {
    String text =
        String.join("|", "receipt.v1", tenant, code, Long.toString(no), Long.toString(amountFen))
            + "|"
            + issuedOn
            + "|"
            + payer;
    return hasher.hash(text).substring(0, LENGTH).toUpperCase(Locale.ROOT);
  }

  /** In constant time: the code unlocks the facts. */
  public static boolean same(String presented, String expected) {
    return presented != null
        && MessageDigest.isEqual(
            presented.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8),
            expected.getBytes(StandardCharsets.UTF_8));
  }
}
