package org.linli.fund.receipt.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Public addresses for donors: the receipt check (printed as the QR code, carrying the 校验码) and the
 * fund-use page of a donation. Both are public pages of the mobile web app (no login), which read
 * the public API; the base URL may move without invalidating any receipt.
 */
@ApplicationScoped
public class ReceiptLinks {
  @Inject
  @ConfigProperty(name = "linli.public-base-url", defaultValue = "http://127.0.0.1:9080")
  String publicBaseUrl;

  public String verification(String tenant, String code, String number, String checkCode) {
    // Tenant codes, receipt codes, numbers and check codes are URL-safe by construction.
    return base() + "/m/receipts/verify/" + tenant + "/" + code + "/" + number + "?c=" + checkCode;
  }

  public String fundUse(String tenant, String token) {
    return base() + "/m/fund-use/" + tenant + "/" + token;
  }

  private String base() {
    return publicBaseUrl.endsWith("/")
        ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
        : publicBaseUrl;
  }
}
