package org.linli.integration.inbound.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.linli.fund.purchase.application.RosterChanges.Eligibility;
import org.linli.integration.inbound.domain.CsvRows;
import org.linli.integration.inbound.domain.InboundFile;
import org.linli.integration.inbound.domain.ListKind;
import org.linli.integration.inbound.domain.RosterRow;
import org.linli.integration.inbound.domain.RosterRow.Rejection;
import org.linli.integration.inbound.domain.RowSource;
import org.linli.integration.inbound.domain.UnreadableList;
import org.linli.integration.inbound.domain.XlsxRows;
import org.linli.integration.inbound.infrastructure.InboundStore.Claim;

/**
 * Receives one list (a file over SFTP, or a gateway roster) for the organization admitted to the
 * current request or job: once per (source, SHA-256), or resumed after a node died mid-way; a
 * roster is read as a stream in chunks (1,000 rows by default), each chunk applied in its own
 * transaction, bad rows reported, then the residents the roster no longer lists ended on the last
 * day before its month; notice lists go to {@link NoticeImport}. A file that cannot be read at all
 * becomes a dead letter.
 */
@ApplicationScoped
public class RosterImport {
  private static final Logger LOG = Logger.getLogger(RosterImport.class.getName());
  private static final Pattern PERIOD = Pattern.compile("(20\\d{2})-?(0[1-9]|1[0-2])(?!\\d)");

  @Inject InboundWork work;
  @Inject InboundClaims claims;
  @Inject NoticeImport notices;
  @Inject InboundSettings settings;

  /**
   * A list file on local disk (Camel's SFTP consumer downloads it first): a roster, or a death or
   * move-away notice list when its name says so ({@link ListKind#ofFileName}).
   */
  public Received file(String source, String name, Path file) throws IOException {
    String checksum = sha256(file);
    ListKind kind = ListKind.ofFileName(name);
    Optional<Claim> claimed = claims.claim(source, kind, name, checksum, true);
    if (claimed.isEmpty()) {
      return duplicate(source, checksum);
    }
    Claim first = claimed.get();
    for (int attempt = 1; ; attempt++) {
      try {
        // Again after a failure: on after the lines its committed chunks reached.
        Claim claim = attempt == 1 ? first : work.resumed(first);
        return applyFile(source, name, file, kind, claim);
      } catch (RuntimeException e) {
        if (!TemporaryFailure.is(e) || attempt >= settings.retryAttempts()) {
          throw e; // a temporary failure still: the file stays in the inbox for the next poll
        }
        Duration wait = settings.retryBackoff().multipliedBy(1L << Math.min(attempt - 1, 10));
        int tried = attempt;
        LOG.warning(
            () ->
                "List file "
                    + first.fileId()
                    + " failed for a temporary reason (attempt "
                    + tried
                    + ", "
                    + e
                    + "): trying again in "
                    + wait
                    + " after its last committed line");
        noteTemporary(first.fileId(), e);
        sleep(wait);
      }
    }
  }

  /** Reads and applies the file after the claim's last committed line. */
  private Received applyFile(String source, String name, Path file, ListKind kind, Claim claim)
      throws IOException {
    String lower = name.toLowerCase(Locale.ROOT);
    if (kind != ListKind.ROSTER) {
      try (RowSource rows = open(lower, file, kind)) {
        return notices.apply(claim, kind, rows);
      } catch (UnreadableList e) {
        return unreadable(claim.fileId(), e.code());
      }
    }
    Matcher m = PERIOD.matcher(name);
    if (!m.find()) {
      return unreadable(claim.fileId(), "PERIOD_MISSING");
    }
    LocalDate period = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
    try (RowSource rows = open(lower, file, kind)) {
      return apply(source, claim, period, rows);
    } catch (UnreadableList e) {
      return unreadable(claim.fileId(), e.code());
    }
  }

  private void noteTemporary(String fileId, RuntimeException e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    try {
      work.temporaryFailure(fileId, root.getClass().getSimpleName() + ": " + root.getMessage());
    } catch (RuntimeException unavailable) {
      // the database is still away: the log says it
    }
  }

  private static void sleep(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting to try a list file again", e);
    }
  }

  /** Rows already parsed (a gateway message), with their period. */
  public Received rows(
      String source, String name, String checksum, LocalDate period, RowSource rows)
      throws IOException {
    Optional<Claim> claimed = claims.claim(source, ListKind.ROSTER, name, checksum, false);
    if (claimed.isEmpty()) {
      return duplicate(source, checksum);
    }
    return apply(source, claimed.get(), period, rows);
  }

  private RowSource open(String lowerName, Path file, ListKind kind)
      throws IOException, UnreadableList {
    if (lowerName.endsWith(".csv")) {
      InputStream in = Files.newInputStream(file);
      try {
        return new CsvRows(in, kind);
      } catch (IOException | UnreadableList | RuntimeException e) {
        in.close();
        throw e;
      }
    }
    if (lowerName.endsWith(".xlsx")) {
      return new XlsxRows(file, kind);
    }
    throw new UnreadableList("UNSUPPORTED_TYPE");
  }

  /**
   * Applies the roster in chunks; a resumed claim skips the lines its earlier attempt committed, so
   * each row is applied and counted once.
   */
  private Received apply(String source, Claim claim, LocalDate period, RowSource rows)
      throws IOException {
    String fileId = claim.fileId();
    work.period(fileId, period);
    List<Eligibility> valid = new ArrayList<>();
    List<Rejection> bad = new ArrayList<>();
    List<String> seenOnly = new ArrayList<>();
    int count = 0;
    int lastLine = claim.lastLine();
    int chunk = settings.chunkRows();
    for (RowSource.Row row = rows.next(); row != null; row = rows.next()) {
      if (row.line() <= claim.lastLine()) {
        continue; // committed by the attempt that died
      }
      count++;
      lastLine = row.line();
      if (row.problem() != null) {
        bad.add(new Rejection(row.line(), row.problem(), null, null));
      } else {
        RosterRow.Checked c = RosterRow.check(row.line(), row.fields());
        if (c.eligibility() != null) {
          valid.add(c.eligibility());
        } else {
          bad.add(c.rejection());
          if (c.validIdNumber() != null) {
            seenOnly.add(c.validIdNumber());
          }
        }
      }
      if (count == chunk) {
        work.rosterChunk(source, claim, lastLine, count, valid, bad, seenOnly);
        valid = new ArrayList<>();
        bad = new ArrayList<>();
        seenOnly = new ArrayList<>();
        count = 0;
      }
    }
    if (count > 0) {
      work.rosterChunk(source, claim, lastLine, count, valid, bad, seenOnly);
    }
    InboundFile f = work.file(fileId);
    if (f.rowsTotal() == 0) {
      return unreadable(fileId, "EMPTY");
    }
    work.finishRoster(source, claim, period.minusDays(1));
    return new Received(fileId, false, "APPLIED", f.rowsApplied(), f.rowsRejected(), null);
  }

  Received unreadable(String fileId, String code) {
    String letter = work.unreadable(fileId, code);
    LOG.warning(() -> "List file " + fileId + " unreadable (" + code + "): dead letter " + letter);
    return new Received(fileId, false, "UNREADABLE", 0, 0, code);
  }

  Received duplicate(String source, String checksum) {
    return work.known(source, checksum)
        .map(f -> new Received(f.id(), true, f.status(), 0, 0, null))
        .orElseGet(() -> new Received(null, true, "PROCESSING", 0, 0, null));
  }

  static String sha256(Path file) throws IOException {
    MessageDigest digest = sha256();
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
