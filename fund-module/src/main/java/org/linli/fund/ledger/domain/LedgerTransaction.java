package org.linli.fund.ledger.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.linli.kernel.error.DomainException;

/**
 * A transaction ready to post. It can only be built balanced (per unit, postings sum to zero), so
 * code holding one never has to check again; the database re-checks at commit.
 */
public record LedgerTransaction(
    String id,
    String kind,
    String memo,
    LocalDate effectiveDate,
    String reversesId,
    List<Posting> postings) {

  public LedgerTransaction {
    postings = List.copyOf(postings);
  }

  public static Builder builder(String id, String kind, LocalDate effectiveDate) {
    return new Builder(id, kind, effectiveDate);
  }

  /**
   * A digest of everything the client sent, so a retry (same id, same content) can be told from a
   * reuse of the id for something else.
   */
  public String contentHash() {
    StringBuilder canonical = new StringBuilder();
    for (String part : new String[] {kind, memo, String.valueOf(effectiveDate), reversesId}) {
      canonical.append(part == null ? "\u0000" : part).append('\u0001');
    }
    postings.forEach(
        p ->
            canonical
                .append(p.accountId())
                .append('|')
                .append(p.unit())
                .append('|')
                .append(p.amount())
                .append('\u0001'));
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  /** The contra transaction of this one: every posting negated, dated {@code on}. */
  public LedgerTransaction reversal(String newId, String memo, LocalDate on) {
    Builder b = builder(newId, "REVERSAL", on).memo(memo).reverses(id);
    postings.forEach(p -> b.post(p.accountId(), p.unit(), -p.amount()));
    return b.build();
  }

  /** Collects postings; {@link #build} refuses an empty or unbalanced transaction. */
  public static final class Builder {
    private final String id;
    private final String kind;
    private final LocalDate effectiveDate;
    private String memo;
    private String reversesId;
    private final List<Posting> postings = new ArrayList<>();

    private Builder(String id, String kind, LocalDate effectiveDate) {
      this.id = id;
      this.kind = kind;
      this.effectiveDate = effectiveDate;
    }

    public Builder memo(String memo) {
      this.memo = memo;
      return this;
    }

    public Builder reverses(String originalId) {
      this.reversesId = originalId;
      return this;
    }

    public Builder post(String accountId, Unit unit, long amount) {
      if (amount == 0) {
        throw DomainException.invalidField("postings", "ZERO_POSTING");
      }
      postings.add(new Posting(accountId, unit, amount));
      return this;
    }

    public LedgerTransaction build() {
      if (postings.size() < 2) {
        throw DomainException.invalidField("postings", "TOO_FEW_POSTINGS");
      }
      Map<Unit, Long> sums = new HashMap<>();
      // addExact: an overflowing sum must fail, not wrap around to a false zero.
      postings.forEach(p -> sums.merge(p.unit(), p.amount(), Math::addExact));
      sums.forEach(
          (unit, sum) -> {
            if (sum != 0) {
              throw DomainException.invalidField("postings", "UNBALANCED_TRANSACTION")
                  .with(unit, unit.format(sum));
            }
          });
      return new LedgerTransaction(id, kind, memo, effectiveDate, reversesId, postings);
    }
  }
}
