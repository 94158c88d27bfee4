package org.linli.fund.disbursement.domain;

import java.time.Instant;

/** One approver's approval of a request. */
public record Approval(String approverId, String approverName, Instant approvedAt) {}
