/** REST resources of service records, correction requests and a person's own records. */
package org.linli.volunteer.record.api;
