/** JPA repositories of the clearing tables and the SQL functions that reach the other side. */
package org.linli.volunteer.timebank.clearing.infrastructure;
