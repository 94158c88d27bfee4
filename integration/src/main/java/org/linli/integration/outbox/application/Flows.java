package org.linli.integration.outbox.application;

/** The outbound flows (the outbox's {@code flow} column). */
public final class Flows {
  private Flows() {}

  /** Approved volunteer service records to the 全国志愿服务信息系统 (MZ/T 061 data elements). */
  public static final String MZT061_SERVICE_RECORD = "MZT061_SERVICE_RECORD";
}
