package org.linli.volunteer.record.application;

import java.time.LocalDate;

/**
 * Published (CDI event, inside the approving transaction) when service hours are approved: the time
 * bank and points observe it, and later the integration outbox. It carries what the observers need
 * of the record ({@code correctsId}: the record it corrects, or null; location, content and
 * activity name for the outbox), so they need not read the record again. The observers run with the
 * automatic flush off ({@code FlushedOnce}): the record is flushed before, and an observer that
 * changes an entity flushes it before it queries it.
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
    String correctsId,
    String location,
    String content,
    String activityName) {}
