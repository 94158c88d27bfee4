/** Volunteers: an organization's profile of a platform person, with status and age rules. */
package org.linli.volunteer.registration.domain;
