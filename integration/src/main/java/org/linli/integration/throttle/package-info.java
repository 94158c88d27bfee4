/**
 * Agreed request rates per gateway and tenant: outbound deliveries wait for their slot, inbound
 * pushes beyond the rate are answered 429. One database row per (tenant, gateway), so the rate
 * holds for every node together (docs/decisions/0016, "Throttling").
 */
package org.linli.integration.throttle;
