/** REST resources of check-in, check-out and the shift's attendance sheet. */
package org.linli.volunteer.attendance.api;
