package org.linli.volunteer.recognition.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.linli.kernel.error.DomainException;

/**
 * An award or commendation a volunteer received (《志愿服务记录与证明出具办法》 Art. 9). Never changed once
 * written: a correction is a new record whose {@code correctsId} names the one it replaces.
 */
@Entity
@Table(name = "award_record")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    primaryKey = true)
public class AwardRecord {
  // Dates are calendar days in China: "today" in UTC lags Beijing by 8 hours.
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Id private String id;

  @Column(name = "volunteer_id")
  private String volunteerId;

  @Column(name = "person_id")
  private String personId;

  @Column(name = "award_name")
  private String awardName;

  @Enumerated(EnumType.STRING)
  private AwardLevel level;

  @Column(name = "awarding_body")
  private String awardingBody;

  @Column(name = "award_date")
  private LocalDate awardDate;

  private String description;

  @Column(name = "corrects_id")
  private String correctsId;

  @Column(name = "correction_reason")
  private String correctionReason;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  protected AwardRecord() {}

  /** The Art. 9 facts: what, at which level, granted by whom and when. */
  public record Facts(
      String awardName,
      AwardLevel level,
      String awardingBody,
      LocalDate awardDate,
      String description) {}

  /** Who the record is about and, for a correction, which record it replaces and why. */
  public record Origin(
      String volunteerId, String personId, String correctsId, String correctionReason) {}

  public static AwardRecord record(String id, Origin origin, Facts facts, String by, Instant now) {
    if (facts.awardDate().isAfter(LocalDate.ofInstant(now, CHINA))) {
      throw DomainException.invalidField("awardDate", "DATE_IN_FUTURE");
    }
    if (origin.correctsId() != null
        && (origin.correctionReason() == null || origin.correctionReason().isBlank())) {
      throw DomainException.invalidField("correctionReason", "REASON_REQUIRED")
          .withMessage("REASON_REQUIRED.MANUAL_CHECKIN");
    }
    AwardRecord r = new AwardRecord();
    r.id = id;
    r.volunteerId = origin.volunteerId();
    r.personId = origin.personId();
    r.awardName = facts.awardName();
    r.level = facts.level();
    r.awardingBody = facts.awardingBody();
    r.awardDate = facts.awardDate();
    r.description = facts.description() == null ? "" : facts.description();
    r.correctsId = origin.correctsId();
    r.correctionReason = origin.correctsId() == null ? null : origin.correctionReason();
    r.createdBy = by;
    r.createdAt = now;
    return r;
  }

  public String id() {
    return id;
  }

  public String volunteerId() {
    return volunteerId;
  }

  public String awardName() {
    return awardName;
  }

  public AwardLevel level() {
    return level;
  }

  public String awardingBody() {
    return awardingBody;
  }

  public LocalDate awardDate() {
    return awardDate;
  }

  public String description() {
    return description;
  }

  public String correctsId() {
    return correctsId;
  }

  public String correctionReason() {
    return correctionReason;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
