/** SQL storage of the working-day calendar (platform-wide tables, no row level security). */
package org.linli.kernel.calendar.infrastructure;
