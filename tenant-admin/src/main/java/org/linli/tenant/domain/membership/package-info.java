/** Memberships: which person holds which roles in one organization. */
package org.linli.tenant.domain.membership;
