/** Liveness and readiness (PostgreSQL and Keycloak) for MicroProfile Health. */
package org.linli.kernel.health;
