package org.linli.volunteer.record.application;

import java.time.LocalDate;

/**
 * Published (CDI event, inside the approving transaction) when service hours are approved: the time
 * bank and points observe it, and later the integration outbox.
 */
public record ServiceHoursApproved(
    String tenantId,
    String recordId,
    String volunteerId,
    String personId,
    int minutes,
    String source,
    String activityId,
    LocalDate serviceDate) {}
