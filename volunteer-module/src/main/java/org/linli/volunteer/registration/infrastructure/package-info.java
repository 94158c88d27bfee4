/** JPA adapter of the volunteer repository (identity and contact numbers encrypted at rest). */
package org.linli.volunteer.registration.infrastructure;
