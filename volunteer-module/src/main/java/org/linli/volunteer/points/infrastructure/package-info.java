/** JPA and native SQL adapters of the points repositories. */
package org.linli.volunteer.points.infrastructure;
