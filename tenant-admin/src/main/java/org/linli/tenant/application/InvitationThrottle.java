package org.linli.tenant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linli.kernel.tenancy.TenantId;

/**
 * At most one invitation e-mail per person and organization within the re-send interval, so a
 * double click or an impatient admin does not flood an inbox. Kept in memory per node: a restart or
 * a second node may let one extra e-mail through, which is harmless.
 */
@ApplicationScoped
public class InvitationThrottle {
  private final Map<String, Instant> lastSent = new ConcurrentHashMap<>();

  @Inject
  @ConfigProperty(name = "linli.invitation.resend-interval", defaultValue = "PT1M")
  Duration interval;

  /** How long to wait before the next e-mail to this person may go out; empty if it may now. */
  public Optional<Duration> waitBeforeNext(TenantId org, String personId) {
    Instant last = lastSent.get(key(org, personId));
    if (last == null) {
      return Optional.empty();
    }
    Duration left = Duration.between(Instant.now(), last.plus(interval));
    // Rounded up to whole seconds: "try again in 0 s" would be refused once more.
    return left.isNegative() || left.isZero()
        ? Optional.empty()
        : Optional.of(Duration.ofSeconds(left.toSeconds() + (left.toNanosPart() > 0 ? 1 : 0)));
  }

  public void sent(TenantId org, String personId) {
    Instant now = Instant.now();
    Duration keep = interval;
    lastSent.values().removeIf(at -> at.plus(keep).isBefore(now));
    lastSent.put(key(org, personId), now);
  }

  private static String key(TenantId org, String personId) {
    return org.value() + "/" + personId;
  }
}
