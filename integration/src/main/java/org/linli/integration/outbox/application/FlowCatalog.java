package org.linli.integration.outbox.application;

import java.util.List;
import java.util.Optional;

/**
 * Every outbound flow with its configuration key and the path it is posted to on the gateway when
 * no endpoint of its own is configured ({@code linli.integration.gateway.url} + path).
 */
public final class FlowCatalog {
  private FlowCatalog() {}

  /**
   * One outbound flow: its outbox name, config key, default path on the gateway, the receiving
   * system and that system's gateway id (flows to one system share its agreed request rate).
   */
  public record Flow(
      String name, String configKey, String gatewayPath, String receiver, String gateway) {}

  /** The gateways of the receiving systems (keys of their agreed rates). */
  public static final String VOLUNTEER_SYSTEM = "volunteer-system";

  public static final String E_RECEIPT = "e-receipt";
  public static final String ELDERLY_CARE = "elderly-care";

  public static final List<Flow> ALL =
      List.of(
          new Flow(
              Flows.MZT061_SERVICE_RECORD,
              "mzt061",
              "/api/mzt061/service-records",
              "全国志愿服务信息系统",
              VOLUNTEER_SYSTEM),
          new Flow(
              Flows.VOLUNTEER_CERTIFICATE,
              "volunteer-certificate",
              "/api/flows/volunteer-certificates",
              "全国志愿服务信息系统",
              VOLUNTEER_SYSTEM),
          new Flow(
              Flows.DONATION_RECEIPT,
              "donation-receipt",
              "/api/flows/donation-receipts",
              "省财政电子票据平台",
              E_RECEIPT),
          new Flow(
              Flows.CONTRACT_SETTLEMENT,
              "contract-settlement",
              "/api/flows/contract-settlements",
              "市养老服务平台",
              ELDERLY_CARE),
          new Flow(
              Flows.HOME_CARE_MONTHLY_STATS,
              "home-care-stats",
              "/api/flows/home-care-statistics",
              "市养老服务平台",
              ELDERLY_CARE));

  public static Optional<Flow> find(String name) {
    return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  public static List<String> names() {
    return ALL.stream().map(Flow::name).toList();
  }
}
