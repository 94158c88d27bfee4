package org.linli.volunteer.timebank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.logging.Logger;
import org.linli.tenant.application.OrgSettingsService;

/** The time bank section of the organization's settings: {@code timeBank.capHours}. */
@ApplicationScoped
public class TimeBankSettings {
  /** Storage cap when the organization sets none: 1500 hours. */
  public static final long DEFAULT_CAP_MINUTES = 1500 * 60L;

  private static final Logger LOG = Logger.getLogger(TimeBankSettings.class.getName());

  @Inject OrgSettingsService settings;

  /** The cap in minutes, read from the current settings version of the request's organization. */
  public long capMinutes() {
    JsonObject doc = Json.createReader(new StringReader(settings.current().json())).readObject();
    JsonValue section = doc.get("timeBank");
    if (!(section instanceof JsonObject timeBank) || !timeBank.containsKey("capHours")) {
      return DEFAULT_CAP_MINUTES;
    }
    JsonValue cap = timeBank.get("capHours");
    if (cap instanceof JsonNumber n && n.bigDecimalValue().signum() >= 0) {
      // Whole minutes, rounded down, so the cap is never exceeded by rounding.
      return n.bigDecimalValue().multiply(BigDecimal.valueOf(60)).longValue();
    }
    // Settings writes do not validate this section's inner rules yet; never fail a deposit on it.
    LOG.warning("timeBank.capHours is not a non-negative number; using the default cap");
    return DEFAULT_CAP_MINUTES;
  }
}
