/** The rate slot of each (tenant, gateway) in SQL: one atomic GCRA step per admission. */
package org.linli.integration.throttle.infrastructure;
