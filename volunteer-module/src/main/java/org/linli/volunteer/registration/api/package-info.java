/** REST resources of volunteer registration: staff entry, self-service applications, status. */
package org.linli.volunteer.registration.api;
