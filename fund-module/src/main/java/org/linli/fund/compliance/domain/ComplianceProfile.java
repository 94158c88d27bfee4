package org.linli.fund.compliance.domain;

import java.time.Instant;

/**
 * What decides which ratio applies: the organization's type, whether it holds public-fundraising
 * status (公开募捐资格), and whether it uses the three-year averages the 规定 allows (第十条). Version 0 is
 * the default before any is saved: a social service agency without public fundraising, the
 * commonest case among the seeds.
 */
public record ComplianceProfile(
    long version,
    OrgType type,
    boolean publicFundraising,
    boolean threeYearAverage,
    String updatedBy,
    Instant updatedAt) {
  public static ComplianceProfile defaults() {
    return new ComplianceProfile(0, OrgType.SOCIAL_SERVICE_AGENCY, false, false, null, null);
  }
}
