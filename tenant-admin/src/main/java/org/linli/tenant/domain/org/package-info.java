/** Organizations (tenants): social organizations and government buyers, their status. */
package org.linli.tenant.domain.org;
