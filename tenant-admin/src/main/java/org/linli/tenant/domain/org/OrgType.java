package org.linli.tenant.domain.org;

/** The legal form of an organization, or a government buyer of services. */
public enum OrgType {
  /** 社会团体 */
  SOCIAL_GROUP,
  /** 社会服务机构 (民办非企业单位) */
  SOCIAL_SERVICE_AGENCY,
  /** 基金会 */
  FOUNDATION,
  /** 政府购买方: a civil-affairs bureau or a street office */
  GOVERNMENT_BUYER
}
