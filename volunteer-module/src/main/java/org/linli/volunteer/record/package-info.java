/**
 * Service records (记录办法 Art. 7): entry, review, corrections and correction requests, the Art. 11
 * deadline, star levels, and a person's own records across organizations. Approval publishes {@link
 * org.linli.volunteer.record.application.ServiceHoursApproved} for the time bank and points.
 */
package org.linli.volunteer.record;
