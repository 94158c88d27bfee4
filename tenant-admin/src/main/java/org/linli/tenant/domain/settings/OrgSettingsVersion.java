package org.linli.tenant.domain.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One immutable version of an organization's settings. An update appends version n+1; two
 * concurrent updates of version n collide on the primary key, so one of them fails.
 */
@Entity
@Table(name = "org_settings")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = "eclipselink.tenant-id",
    primaryKey = true)
public class OrgSettingsVersion {
  @Id private long version;

  @Column(name = "settings")
  private String json;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  protected OrgSettingsVersion() {}

  public OrgSettingsVersion(long version, SettingsDocument document, Instant at, String by) {
    this.version = version;
    this.json = document.json();
    this.createdAt = at;
    this.createdBy = by;
  }

  /** The first version, written when the organization is created. */
  public static OrgSettingsVersion initial(Instant at, String by) {
    return new OrgSettingsVersion(1, SettingsDocument.defaults(), at, by);
  }

  /** The next version, only if the caller edited the version in force. */
  public OrgSettingsVersion next(
      long expectedVersion, SettingsDocument document, Instant at, String by) {
    if (expectedVersion != version) {
      throw new StaleSettingsException(version);
    }
    return new OrgSettingsVersion(version + 1, document, at, by);
  }

  public long version() {
    return version;
  }

  public String json() {
    return json;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }
}
