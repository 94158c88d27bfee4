/** REST resources and DTOs of tenant administration (platform and org admin APIs, /me). */
package org.linli.tenant.api;
