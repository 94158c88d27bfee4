package org.linli.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API of every module, under /api; tokens are Keycloak-issued JWTs (MP-JWT). */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT", realmName = "linli")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Linli (邻里) API",
            version = "v1",
            description =
                "Multi-tenant platform for social organizations: volunteers, time bank, points,"
                    + " charity funds and government service purchases. Errors are RFC 9457"
                    + " problem+json with a stable code."),
    security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class LinliApplication extends Application {}
