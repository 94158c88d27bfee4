package org.linli.integration.outbox.application;

/** The outbound flows (the outbox's {@code flow} column). */
public final class Flows {
  private Flows() {}

  /** Approved volunteer service records to the 全国志愿服务信息系统 (MZ/T 061 data elements). */
  public static final String MZT061_SERVICE_RECORD = "MZT061_SERVICE_RECORD";

  // Outbound flows of part B (issue 21): see FlowCatalog for their receivers.

  /** Issued volunteer service certificates to the 全国志愿服务信息系统. */
  public static final String VOLUNTEER_CERTIFICATE = "VOLUNTEER_CERTIFICATE";

  /** Issued donation receipts' data to the provincial e-receipt platform. */
  public static final String DONATION_RECEIPT = "DONATION_RECEIPT";

  /** Accepted contract settlements to the city 养老服务 platform. */
  public static final String CONTRACT_SETTLEMENT = "CONTRACT_SETTLEMENT";

  /** Monthly home-care service statistics per buyer to the city 养老服务 platform. */
  public static final String HOME_CARE_MONTHLY_STATS = "HOME_CARE_MONTHLY_STATS";
}
