package org.linli.integration.inbound.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.linli.integration.inbound.domain.InboundFile;
import org.linli.integration.inbound.domain.ListKind;
import org.linli.integration.inbound.infrastructure.InboundStore.Claim;

/**
 * The idempotent consumer with resume: new bytes are claimed; bytes received before are a repeat,
 * unless their file was left PROCESSING by a node that died (its lease went stale): then this
 * consumer takes it over and goes on after the last committed line. A consumer that may wait (an
 * SFTP file, still in the inbox) waits while a live worker holds the file, so the file leaves the
 * inbox only once it is applied.
 */
@ApplicationScoped
public class InboundClaims {
  private static final Logger LOG = Logger.getLogger(InboundClaims.class.getName());
  private static final Duration POLL = Duration.ofSeconds(1);

  @Inject InboundWork work;
  @Inject InboundSettings settings;

  /** The claim to work with, or empty when the bytes were (or are being) applied elsewhere. */
  public Optional<Claim> claim(
      String source, ListKind kind, String name, String checksum, boolean wait) {
    Duration lease = settings.lease();
    Instant deadline = Instant.now().plus(lease.multipliedBy(3));
    while (true) {
      Optional<Claim> claimed = work.claim(source, kind, name, checksum);
      if (claimed.isPresent()) {
        return claimed;
      }
      Optional<InboundFile> known = work.known(source, checksum);
      if (known.isEmpty() || !"PROCESSING".equals(known.get().status())) {
        return Optional.empty();
      }
      Optional<Claim> resumed = work.takeOver(source, checksum, Instant.now().minus(lease));
      if (resumed.isPresent()) {
        Claim c = resumed.get();
        LOG.warning(
            () ->
                "Inbound file "
                    + c.fileId()
                    + " was left PROCESSING (lease stale): attempt "
                    + c.attempt()
                    + " resumes after line "
                    + c.lastLine());
        return resumed;
      }
      if (!wait || Instant.now().isAfter(deadline)) {
        return Optional.empty();
      }
      try {
        Thread.sleep(POLL.toMillis()); // another node is applying it: wait for its end or death
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
  }
}
