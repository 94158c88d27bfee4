/** JPA adapters of service records and correction requests. */
package org.linli.volunteer.record.infrastructure;
