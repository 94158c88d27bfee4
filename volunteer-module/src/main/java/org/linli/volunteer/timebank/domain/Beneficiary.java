package org.linli.volunteer.timebank.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.linli.kernel.error.DomainException;

/**
 * A volunteer's family member who may receive the volunteer's hours and request services with them.
 * Staff record how they verified the relation; the person's ID and phone stay encrypted on the
 * platform person. Never changed once registered.
 */
@Entity
@Table(name = "time_beneficiary")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    primaryKey = true)
public class Beneficiary {
  @Id private String id;

  @Column(name = "volunteer_id")
  private String volunteerId;

  @Column(name = "person_id")
  private String personId;

  @Enumerated(EnumType.STRING)
  private Relation relation;

  private String name;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  private String evidence;

  @Column(name = "registered_by")
  private String registeredBy;

  @Column(name = "created_at")
  private Instant createdAt;

  protected Beneficiary() {}

  /** What staff enter, with the person already found or registered by ID number. */
  public record Registration(
      String volunteerId,
      String personId,
      Relation relation,
      String name,
      LocalDate birthDate,
      String evidence) {}

  public static Beneficiary register(String id, Registration r, String by, Instant now) {
    if (r.evidence() == null || r.evidence().isBlank()) {
      throw DomainException.invalidField("evidence", "EVIDENCE_REQUIRED");
    }
    Beneficiary b = new Beneficiary();
    b.id = id;
    b.volunteerId = r.volunteerId();
    b.personId = r.personId();
    b.relation = r.relation();
    b.name = r.name().strip();
    b.birthDate = r.birthDate();
    b.evidence = r.evidence().strip();
    b.registeredBy = by;
    b.createdAt = now;
    return b;
  }

  public TimeHolder holder() {
    return TimeHolder.beneficiary(id);
  }

  public String id() {
    return id;
  }

  public String volunteerId() {
    return volunteerId;
  }

  public String personId() {
    return personId;
  }

  public Relation relation() {
    return relation;
  }

  public String name() {
    return name;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  public String evidence() {
    return evidence;
  }

  public String registeredBy() {
    return registeredBy;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
