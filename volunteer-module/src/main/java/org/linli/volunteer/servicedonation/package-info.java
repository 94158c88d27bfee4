/**
 * 服务捐赠 (donated services, 民间非营利组织会计制度 2024 revision): approved volunteer hours valued at the
 * organization's fair rate and posted to the books through fund-module's system-voucher seam, each
 * service record once (ADR 0018).
 */
package org.linli.volunteer.servicedonation;
