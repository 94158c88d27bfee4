/**
 * Attendance: check-in and check-out at a shift by rotating code and geofence, manual entries by
 * staff, and closing a shift; attended time becomes a pending service record.
 */
package org.linli.volunteer.attendance;
