package org.linli.volunteer.activity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.linli.kernel.error.DomainException;

/**
 * A shift of an activity. It keeps its own count of confirmed places and never confirms beyond
 * capacity; callers hold the shift's row lock while admitting or releasing, so concurrent sign-ups
 * are decided one at a time.
 */
@Entity
@Table(name = "shift")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    primaryKey = true)
public class Shift {
  @Id private String id;

  @Column(name = "activity_id")
  private String activityId;

  @Column(name = "starts_at")
  private Instant startsAt;

  @Column(name = "ends_at")
  private Instant endsAt;

  private int capacity;

  @Column(name = "required_skills")
  private String requiredSkills;

  @Column(name = "minimum_age")
  private int minimumAge;

  @Column(name = "confirmed_count")
  private int confirmedCount;

  @Column(name = "created_at")
  private Instant createdAt;

  static final Instant EARLIEST_START = Instant.parse("1999-12-31T16:00:00Z"); // 2000-01-01 +08
  static final Duration PLANNING_HORIZON = Duration.ofDays(2 * 366);
  static final Duration LONGEST = Duration.ofHours(24);

  protected Shift() {}

  public Shift(
      String id,
      String activityId,
      Instant startsAt,
      Instant endsAt,
      int capacity,
      Set<String> requiredSkills,
      int minimumAge,
      Instant now) {
    if (!endsAt.isAfter(startsAt)) {
      throw DomainException.invalidField("endsAt", "SHIFT_ENDS_BEFORE_START");
    }
    requirePlausibleWindow(startsAt, endsAt, now);
    if (capacity < 1) {
      throw DomainException.invalidField("capacity", "INVALID_CAPACITY");
    }
    this.id = id;
    this.activityId = activityId;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.capacity = capacity;
    this.requiredSkills = requiredSkills.stream().sorted().collect(Collectors.joining(","));
    this.minimumAge = minimumAge;
    this.createdAt = now;
  }

  /** Takes a place if one is free; false means the sign-up goes to the waitlist. */
  public boolean takePlace() {
    if (confirmedCount >= capacity) {
      return false;
    }
    confirmedCount++;
    return true;
  }

  public void releasePlace() {
    if (confirmedCount == 0) {
      throw new IllegalStateException("no confirmed place to release");
    }
    confirmedCount--;
  }

  public void requireNotStarted(Instant now) {
    if (!now.isBefore(startsAt)) {
      throw DomainException.rule("SHIFT_STARTED");
    }
  }

  public void requireNotEnded(Instant now) {
    if (!now.isBefore(endsAt)) {
      throw DomainException.rule("SHIFT_ENDED");
    }
  }

  public String id() {
    return id;
  }

  public String activityId() {
    return activityId;
  }

  /**
   * A shift is a stretch of one day's service that staff plan ahead: it starts between {@link
   * #EARLIEST_START} (records are not back-filled further) and {@link #PLANNING_HORIZON} from now,
   * and lasts at most {@link #LONGEST}. Year 0000 or 9999 is a typing error.
   */
  private static void requirePlausibleWindow(Instant startsAt, Instant endsAt, Instant now) {
    if (startsAt.isBefore(EARLIEST_START) || startsAt.isAfter(now.plus(PLANNING_HORIZON))) {
      throw DomainException.invalidField("startsAt", "SHIFT_START_OUT_OF_RANGE");
    }
    if (Duration.between(startsAt, endsAt).compareTo(LONGEST) > 0) {
      throw DomainException.invalidField("endsAt", "SHIFT_TOO_LONG");
    }
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant endsAt() {
    return endsAt;
  }

  public int capacity() {
    return capacity;
  }

  public int confirmedCount() {
    return confirmedCount;
  }

  public Set<String> requiredSkills() {
    return requiredSkills.isEmpty()
        ? Set.of()
        : Set.copyOf(Arrays.asList(requiredSkills.split(",")));
  }

  public int minimumAge() {
    return minimumAge;
  }
}
