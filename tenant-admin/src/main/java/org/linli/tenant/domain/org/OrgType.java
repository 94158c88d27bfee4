package org.linli.tenant.domain.org;

/** The legal form of an organization, or a government buyer of services. */
public enum OrgType {
  /** 社会团体 */
  SOCIAL_GROUP("51"),
  /** 社会服务机构 (民办非企业单位) */
  SOCIAL_SERVICE_AGENCY("52"),
  /** 基金会 */
  FOUNDATION("53"),
  /** 政府购买方: a civil-affairs bureau or a street office, both 机关 registered by 机构编制 */
  GOVERNMENT_BUYER("11");

  private final String creditCodePrefix;

  OrgType(String creditCodePrefix) {
    this.creditCodePrefix = creditCodePrefix;
  }

  /**
   * The registration authority and organization category (GB 32100 positions 1 and 2) that the
   * unified social credit code of an organization of this kind starts with: 5x 民政 for social
   * organizations (51 社会团体, 52 民办非企业单位, 53 基金会), 11 机构编制/机关 for government buyers.
   */
  public String creditCodePrefix() {
    return creditCodePrefix;
  }
}
