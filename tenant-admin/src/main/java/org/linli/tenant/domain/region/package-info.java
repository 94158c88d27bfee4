/** GB/T 2260 administrative divisions, from a data file the platform ships. */
package org.linli.tenant.domain.region;
