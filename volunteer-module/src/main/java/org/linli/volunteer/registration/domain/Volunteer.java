package org.linli.volunteer.registration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.linli.kernel.error.DomainException;

/**
 * An organization's volunteer profile of a platform person (《志愿服务记录与证明出具办法》 Art. 5). Identified
 * publicly by its 志愿者编号, never by the ID number.
 */
@Entity
@Table(name = "volunteer")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    primaryKey = true)
public class Volunteer {
  @Id private String id;

  @Column(name = "volunteer_no")
  private String volunteerNo;

  @Column(name = "person_id")
  private String personId;

  private String name;
  private String gender;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  @Column(name = "region_code")
  private String regionCode;

  private String skills;

  @Column(name = "service_categories")
  private String serviceCategories;

  @Column(name = "emergency_contact")
  private String emergencyContact;

  @Column(name = "guardian_consent")
  private String guardianConsent;

  @Column(name = "privacy_version")
  private String privacyVersion;

  @Column(name = "privacy_consented_at")
  private Instant privacyConsentedAt;

  @Enumerated(EnumType.STRING)
  private VolunteerStatus status;

  @Column(name = "registered_by")
  private String registeredBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected Volunteer() {}

  /** The facts of one registration, already validated field by field. */
  public record Registration(
      String personId,
      String name,
      String gender,
      LocalDate birthDate,
      String regionCode,
      Set<String> skills,
      Set<String> serviceCategories,
      String emergencyContactJson,
      String guardianConsentJson,
      boolean selfSupporting,
      String privacyVersion,
      boolean bySelf) {}

  public static Volunteer register(String id, String volunteerNo, Registration r, Instant now) {
    int age = AgePolicy.ageOn(r.birthDate(), LocalDate.ofInstant(now, java.time.ZoneOffset.UTC));
    AgePolicy.check(age, r.guardianConsentJson() != null, r.selfSupporting());
    Volunteer v = new Volunteer();
    v.id = id;
    v.volunteerNo = volunteerNo;
    v.personId = r.personId();
    v.name = r.name();
    v.gender = r.gender();
    v.birthDate = r.birthDate();
    v.regionCode = r.regionCode();
    v.skills = join(r.skills());
    v.serviceCategories = join(r.serviceCategories());
    v.emergencyContact = r.emergencyContactJson();
    v.guardianConsent = r.guardianConsentJson();
    v.privacyVersion = r.privacyVersion();
    v.privacyConsentedAt = now;
    v.status = VolunteerStatus.PENDING;
    v.registeredBy = r.bySelf() ? "SELF" : "STAFF";
    v.createdAt = now;
    v.updatedAt = now;
    return v;
  }

  public void changeStatus(VolunteerStatus next, Instant now) {
    if (!status.canBecome(next)) {
      throw DomainException.conflict("INVALID_STATUS_TRANSITION").with(status, next);
    }
    status = next;
    updatedAt = now;
  }

  /** Refuses a sign-up this volunteer is not eligible for (status, age, skills). */
  public void requireEligible(LocalDate onDay, int minimumAge, Set<String> requiredSkills) {
    if (status != VolunteerStatus.ACTIVE) {
      throw DomainException.rule("VOLUNTEER_NOT_ACTIVE").withMessage("VOLUNTEER_NOT_ACTIVE.STATUS");
    }
    if (AgePolicy.ageOn(birthDate, onDay) < minimumAge) {
      throw DomainException.rule("BELOW_SHIFT_MINIMUM_AGE");
    }
    if (!skills().containsAll(requiredSkills)) {
      throw DomainException.rule("MISSING_REQUIRED_SKILLS");
    }
  }

  static String join(Set<String> values) {
    return values == null ? "" : values.stream().sorted().collect(Collectors.joining(","));
  }

  static Set<String> split(String csv) {
    return csv == null || csv.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(csv.split(",")));
  }

  public String id() {
    return id;
  }

  public String volunteerNo() {
    return volunteerNo;
  }

  public String personId() {
    return personId;
  }

  public String name() {
    return name;
  }

  public String gender() {
    return gender;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  public String regionCode() {
    return regionCode;
  }

  public Set<String> skills() {
    return split(skills);
  }

  public Set<String> serviceCategories() {
    return split(serviceCategories);
  }

  public boolean hasGuardianConsent() {
    return guardianConsent != null;
  }

  public String privacyVersion() {
    return privacyVersion;
  }

  public Instant privacyConsentedAt() {
    return privacyConsentedAt;
  }

  public VolunteerStatus status() {
    return status;
  }

  public String registeredBy() {
    return registeredBy;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
