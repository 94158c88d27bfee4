/** Platform-admin REST access to the working-day calendar. */
package org.linli.kernel.calendar.api;
