/** Check-in and check-out: rotating signed codes, the activity geofence, service time. */
package org.linli.volunteer.attendance.domain;
