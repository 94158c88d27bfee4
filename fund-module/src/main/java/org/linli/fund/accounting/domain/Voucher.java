package org.linli.fund.accounting.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.linli.kernel.error.DomainException;

/**
 * A voucher (记账凭证): balanced lines, drafted by one person and approved by another, then posted as
 * one ledger transaction. Posted vouchers never change; a red-letter reversal (红字冲销) is a new
 * voucher with every amount negated that references it. The number (记-0001...) is given at posting,
 * per period, so drafts never leave gaps.
 */
public record Voucher(
    UUID id,
    LocalDate date,
    String summary,
    String source,
    UUID sourceId,
    Status status,
    Integer number,
    int attachments,
    String madeBy,
    String approvedBy,
    UUID reversesId,
    List<Line> lines,
    Instant createdAt,
    Instant postedAt) {

  public static final String MANUAL = "MANUAL";
  public static final String REVERSAL = "REVERSAL";
  public static final String CLOSING = "CLOSING";
  public static final String RELEASE = "RELEASE";

  public enum Status {
    DRAFT,
    POSTED
  }

  /**
   * One line: exactly one side carries the amount (negative only on red-letter vouchers); the name
   * is the account's name when the line was written.
   */
  public record Line(
      String accountCode,
      String accountName,
      long debit,
      long credit,
      UUID fundId,
      String department,
      String summary) {
    public long signed() {
      return debit - credit;
    }

    Line negated() {
      return new Line(accountCode, accountName, -debit, -credit, fundId, department, summary);
    }
  }

  public Voucher {
    lines = List.copyOf(lines);
  }

  /** A new voucher (draft, or about to be posted at once): at least two lines, balanced. */
  public static Voucher draft(
      UUID id,
      LocalDate date,
      String summary,
      String source,
      UUID sourceId,
      int attachments,
      String madeBy,
      List<Line> lines,
      Instant now) {
    if (summary == null || summary.isBlank()) {
      throw DomainException.invalidField("summary", "VOUCHER_SUMMARY_REQUIRED");
    }
    if (attachments < 0) {
      throw DomainException.invalidField("attachments", "INVALID_ATTACHMENTS");
    }
    checkLines(lines, false);
    return new Voucher(
        id,
        date,
        summary.strip(),
        source,
        sourceId,
        Status.DRAFT,
        null,
        attachments,
        madeBy,
        null,
        null,
        lines,
        now,
        null);
  }

  /** Lines must balance; positive amounts on one side each, or all negated for red letters. */
  static void checkLines(List<Line> lines, boolean redLetter) {
    if (lines == null || lines.size() < 2) {
      throw DomainException.invalidField("lines", "VOUCHER_TOO_FEW_LINES");
    }
    long debit = 0;
    long credit = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      boolean oneSide = (l.debit() == 0) != (l.credit() == 0);
      boolean signOk =
          redLetter ? l.debit() <= 0 && l.credit() <= 0 : l.debit() >= 0 && l.credit() >= 0;
      if (!oneSide || !signOk) {
        throw DomainException.invalidField("lines[" + i + "]", "VOUCHER_LINE_ONE_SIDE");
      }
      debit = Math.addExact(debit, l.debit());
      credit = Math.addExact(credit, l.credit());
    }
    if (debit != credit) {
      throw DomainException.invalidField("lines", "VOUCHER_UNBALANCED")
          .with(Long.toString(debit), Long.toString(credit));
    }
  }

  /** Maker-checker: the approver is someone other than the maker, and only a draft is approved. */
  public Voucher approvedBy(String approver) {
    if (status != Status.DRAFT) {
      throw DomainException.conflict("VOUCHER_NOT_DRAFT");
    }
    if (Objects.equals(approver, madeBy)) {
      throw DomainException.rule("VOUCHER_SELF_APPROVAL");
    }
    return new Voucher(
        id,
        date,
        summary,
        source,
        sourceId,
        status,
        number,
        attachments,
        madeBy,
        approver,
        reversesId,
        lines,
        createdAt,
        postedAt);
  }

  /** A voucher generated from a business document that carries its own approval. */
  public Voucher approvedBySystem() {
    return new Voucher(
        id,
        date,
        summary,
        source,
        sourceId,
        status,
        number,
        attachments,
        madeBy,
        "system:" + source,
        reversesId,
        lines,
        createdAt,
        postedAt);
  }

  public Voucher posted(int assignedNumber, Instant at) {
    return new Voucher(
        id,
        date,
        summary,
        source,
        sourceId,
        Status.POSTED,
        assignedNumber,
        attachments,
        madeBy,
        approvedBy,
        reversesId,
        lines,
        createdAt,
        at);
  }

  /** The red-letter voucher reversing this posted one, dated {@code on}. */
  public Voucher redLetter(UUID newId, LocalDate on, String reason, String by, Instant now) {
    if (status != Status.POSTED) {
      throw DomainException.conflict("VOUCHER_NOT_POSTED");
    }
    if (reason == null || reason.isBlank()) {
      throw DomainException.invalidField("reason", "REVERSAL_REASON_REQUIRED");
    }
    List<Line> red = lines.stream().map(Line::negated).toList();
    checkLines(red, true);
    return new Voucher(
        newId,
        on,
        "冲销 " + numberText() + ": " + reason.strip(),
        REVERSAL,
        id,
        Status.DRAFT,
        null,
        0,
        by,
        by,
        id,
        red,
        now,
        null);
  }

  public String period() {
    return YearMonth.from(date).toString();
  }

  /** 记-0001, or null for a draft. */
  public String numberText() {
    return number == null ? null : "记-%04d".formatted(number);
  }

  /** A digest of the content, telling a retry of a system voucher from a reuse of its id. */
  public String contentHash() {
    StringBuilder s = new StringBuilder();
    s.append(date).append('\u0001').append(summary).append('\u0001').append(source);
    s.append('\u0001').append(sourceId).append('\u0001').append(attachments);
    for (Line l : lines) {
      s.append('\u0002').append(l.accountCode()).append('|').append(l.debit()).append('|');
      s.append(l.credit()).append('|').append(l.fundId()).append('|').append(l.department());
      s.append('|').append(l.summary());
    }
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(s.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
