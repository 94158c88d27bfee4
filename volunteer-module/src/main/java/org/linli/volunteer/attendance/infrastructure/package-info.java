/** JPA adapter of attendance rows. */
package org.linli.volunteer.attendance.infrastructure;
