package org.linli.fund.compliance.domain;

/** The three kinds of social organization a charity can be (慈善法 Art. 8). */
public enum OrgType {
  /** 基金会 */
  FOUNDATION,
  /** 社会团体 */
  SOCIAL_GROUP,
  /** 社会服务机构 (民办非企业单位) */
  SOCIAL_SERVICE_AGENCY
}
