/** The attendance desk: check-in/out and staff entries; each public method is one transaction. */
package org.linli.volunteer.attendance.application;
