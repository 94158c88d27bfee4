/** JPA repositories and the Keycloak admin adapter of the tenant-admin module. */
package org.linli.tenant.infrastructure;
