package org.linli.integration.inbound.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.linli.kernel.tenancy.TenantId;
import org.linli.kernel.tenancy.TenantWork;
import org.linli.tenant.domain.org.OrganizationRepository;

/**
 * A roster file the SFTP route downloaded, imported for the organization whose folder it was in
 * (the folder layout is the platform's configuration, never the file's content). Runs as the system
 * actor {@code civil-affairs-sftp} in a request context of its own, one organization only.
 */
@ApplicationScoped
public class SftpRosters {
  public static final String SOURCE = "SFTP";

  @Inject OrganizationRepository organizations;
  @Inject TenantWork tenantWork;
  @Inject RosterImport rosters;

  public Received receive(String org, String name, Path localFile) {
    if (organizations.find(org).isEmpty()) {
      throw new IllegalStateException("No organization " + org + " for an SFTP folder");
    }
    return tenantWork.call(
        TenantId.of(org),
        "civil-affairs-sftp",
        () -> {
          try {
            return rosters.file(SOURCE, name, localFile);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
