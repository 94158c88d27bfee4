package org.linli.volunteer.recognition.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** An award or commendation a volunteer received (《志愿服务记录与证明出具办法》 Art. 9). */
@Entity
@Table(name = "award_record")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    primaryKey = true)
public class AwardRecord extends RecognitionRecord {
  @Column(name = "award_name")
  private String awardName;

  @Enumerated(EnumType.STRING)
  private AwardLevel level;

  @Column(name = "awarding_body")
  private String awardingBody;

  @Column(name = "award_date")
  private LocalDate awardDate;

  private String description;

  protected AwardRecord() {}

  /** The Art. 9 facts: what, at which level, granted by whom and when. */
  public record Facts(
      String awardName,
      AwardLevel level,
      String awardingBody,
      LocalDate awardDate,
      String description) {}

  public static AwardRecord record(String id, Origin origin, Facts facts, String by, Instant now) {
    requireNotInFuture("awardDate", facts.awardDate(), now);
    AwardRecord r = new AwardRecord();
    r.begin(id, origin, by, now);
    r.awardName = facts.awardName();
    r.level = facts.level();
    r.awardingBody = facts.awardingBody();
    r.awardDate = facts.awardDate();
    r.description = facts.description() == null ? "" : facts.description();
    return r;
  }

  @Override
  public LocalDate date() {
    return awardDate;
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
}
