package org.linli.volunteer.record.application;

import java.time.LocalDate;

/**
 * Published (CDI event, inside the approving transaction) when service hours are approved: the time
 * bank and points observe it, and later the integration outbox. It carries what the observers need
 * of the record ({@code correctsId}: the record it corrects, or null), so they need not read the
 * record again.
 */
public record ServiceHoursApproved(
    String tenantId,
    String recordId,
    String volunteerId,
    String personId,
    int minutes,
    String source,
    String activityId,
    LocalDate serviceDate,
    String correctsId) {}
