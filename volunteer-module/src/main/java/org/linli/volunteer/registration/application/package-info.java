/**
 * Registration use cases; each public method is one tenant-bound transaction. Other contexts look
 * volunteers up through {@link org.linli.volunteer.registration.application.VolunteerRegistry}.
 */
package org.linli.volunteer.registration.application;
