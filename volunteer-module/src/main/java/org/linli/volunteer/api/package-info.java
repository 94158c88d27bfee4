/** REST resources and DTOs of the volunteer module. */
package org.linli.volunteer.api;
