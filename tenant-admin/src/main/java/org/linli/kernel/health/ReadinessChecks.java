package org.linli.kernel.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.linli.tenant.application.LoginDirectory;

/** Ready when PostgreSQL answers and Keycloak serves the realm; live while the JVM serves. */
@ApplicationScoped
public class ReadinessChecks {
  @Resource(lookup = "jdbc/linli")
  DataSource dataSource;

  @Inject LoginDirectory logins;

  @Produces
  @Readiness
  HealthCheck database() {
    return () -> HealthCheckResponse.named("postgresql").status(databaseAnswers()).build();
  }

  @Produces
  @Readiness
  HealthCheck keycloak() {
    return () -> HealthCheckResponse.named("keycloak").status(logins.isReachable()).build();
  }

  @Produces
  @Liveness
  HealthCheck alive() {
    return () -> HealthCheckResponse.up("linli");
  }

  private boolean databaseAnswers() {
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(3);
    } catch (SQLException e) {
      return false;
    }
  }
}
