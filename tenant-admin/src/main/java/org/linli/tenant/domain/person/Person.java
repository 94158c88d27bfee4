package org.linli.tenant.domain.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A natural person, platform-wide: one person may belong to several organizations. Keyed by an HMAC
 * of the ID number so duplicates are found without storing the number in clear; the number and
 * phone are stored only as ciphertext plus a masked form for display.
 */
@Entity
@Table(name = "person")
public class Person {
  @Id private String id;

  @Column(name = "id_key")
  private String idKey;

  @Column(name = "id_type")
  private String idType;

  @Column(name = "id_number")
  private String idNumberCiphertext;

  @Column(name = "id_number_masked")
  private String idNumberMasked;

  private String name;

  @Column(name = "phone")
  private String phoneCiphertext;

  @Column(name = "phone_masked")
  private String phoneMasked;

  private String email;

  @Column(name = "keycloak_user_id")
  private String keycloakUserId;

  @Column(name = "created_at")
  private Instant createdAt;

  protected Person() {}

  public Person(String id, String idKey, ProtectedPii pii, String name, String email, Instant now) {
    this.id = id;
    this.idKey = idKey;
    this.idType = pii.idType();
    this.idNumberCiphertext = pii.idNumberCiphertext();
    this.idNumberMasked = pii.idNumberMasked();
    this.phoneCiphertext = pii.phoneCiphertext();
    this.phoneMasked = pii.phoneMasked();
    this.name = name;
    this.email = email;
    this.createdAt = now;
  }

  /** The encrypted and masked forms of a person's identifying numbers. */
  public record ProtectedPii(
      String idType,
      String idNumberCiphertext,
      String idNumberMasked,
      String phoneCiphertext,
      String phoneMasked) {}

  /** Links the person to their login; a person has at most one. */
  public void linkLogin(String keycloakUserId) {
    if (this.keycloakUserId != null && !this.keycloakUserId.equals(keycloakUserId)) {
      throw new IllegalStateException("Person already linked to another login");
    }
    this.keycloakUserId = keycloakUserId;
  }

  public String id() {
    return id;
  }

  /** The keyed hash (HMAC) of the person's document: their platform-wide key. */
  public String idKey() {
    return idKey;
  }

  public String name() {
    return name;
  }

  public String email() {
    return email;
  }

  /** The keyed hash of the document number: compares a claimed number without decrypting. */
  public boolean hasDocument(String idKeyOfClaim) {
    return idKey.equals(idKeyOfClaim);
  }

  public String idType() {
    return idType;
  }

  public String idNumberCiphertext() {
    return idNumberCiphertext;
  }

  public String idNumberMasked() {
    return idNumberMasked;
  }

  public String phoneCiphertext() {
    return phoneCiphertext;
  }

  public String phoneMasked() {
    return phoneMasked;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String keycloakUserId() {
    return keycloakUserId;
  }
}
