package org.linli.volunteer.activity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.linli.kernel.error.DomainException;

/**
 * A volunteer activity (志愿项目) with its organizer, responsible person (负责人), place and check-in
 * radius, and the risk disclosure and insurance facts that 《志愿服务条例》 Art. 12/17 require.
 */
@Entity
@Table(name = "activity")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    primaryKey = true)
public class Activity {
  @Id private String id;
  private String title;

  @Column(name = "service_category")
  private String serviceCategory;

  private String description;
  private String organizer;

  @Column(name = "responsible_person")
  private String responsiblePerson;

  private String address;
  private double latitude;
  private double longitude;

  @Column(name = "checkin_radius_m")
  private int checkinRadiusMeters;

  @Column(name = "risk_disclosure")
  private String riskDisclosure;

  @Column(name = "insurance_arranged")
  private boolean insuranceArranged;

  /** Hours served in a group activity may be donate-only (time bank rules). */
  @Column(name = "group_activity")
  private boolean groupActivity;

  @Enumerated(EnumType.STRING)
  private ActivityStatus status;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected Activity() {}

  /** What staff enter for a new activity. */
  public record Details(
      String title,
      String serviceCategory,
      String description,
      String organizer,
      String responsiblePerson,
      String address,
      double latitude,
      double longitude,
      int checkinRadiusMeters,
      String riskDisclosure,
      boolean insuranceArranged,
      boolean groupActivity) {}

  public Activity(String id, Details d, Instant now) {
    this.id = id;
    this.title = d.title();
    this.serviceCategory = d.serviceCategory();
    this.description = d.description() == null ? "" : d.description();
    this.organizer = d.organizer();
    this.responsiblePerson = d.responsiblePerson();
    this.address = d.address();
    this.latitude = d.latitude();
    this.longitude = d.longitude();
    this.checkinRadiusMeters = d.checkinRadiusMeters();
    this.riskDisclosure = d.riskDisclosure();
    this.insuranceArranged = d.insuranceArranged();
    this.groupActivity = d.groupActivity();
    this.status = ActivityStatus.DRAFT;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public void publish(Instant now) {
    if (status != ActivityStatus.DRAFT) {
      throw DomainException.conflict("ACTIVITY_NOT_DRAFT");
    }
    status = ActivityStatus.PUBLISHED;
    updatedAt = now;
  }

  public void close(Instant now) {
    if (status == ActivityStatus.CLOSED) {
      throw DomainException.conflict("ACTIVITY_CLOSED");
    }
    status = ActivityStatus.CLOSED;
    updatedAt = now;
  }

  public void requireOpenForSignup() {
    if (status != ActivityStatus.PUBLISHED) {
      throw DomainException.rule("ACTIVITY_NOT_OPEN");
    }
  }

  public void requireEditable() {
    if (status == ActivityStatus.CLOSED) {
      throw DomainException.conflict("ACTIVITY_CLOSED");
    }
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String serviceCategory() {
    return serviceCategory;
  }

  public String description() {
    return description;
  }

  public String organizer() {
    return organizer;
  }

  public String responsiblePerson() {
    return responsiblePerson;
  }

  public String address() {
    return address;
  }

  public double latitude() {
    return latitude;
  }

  public double longitude() {
    return longitude;
  }

  public int checkinRadiusMeters() {
    return checkinRadiusMeters;
  }

  public String riskDisclosure() {
    return riskDisclosure;
  }

  public boolean insuranceArranged() {
    return insuranceArranged;
  }

  public boolean groupActivity() {
    return groupActivity;
  }

  public ActivityStatus status() {
    return status;
  }
}
