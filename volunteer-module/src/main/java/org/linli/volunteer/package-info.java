/**
 * Volunteers, activities and shifts, check-in, service hours, certificates, star levels; time bank
 * and points rules. Filled in by later issues.
 */
package org.linli.volunteer;
