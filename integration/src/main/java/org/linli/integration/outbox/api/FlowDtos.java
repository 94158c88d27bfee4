package org.linli.integration.outbox.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linli.integration.outbox.application.HomeCareStatistics;
import org.linli.integration.outbox.application.IntegrationFlows.FlowOverview;
import org.linli.integration.outbox.infrastructure.OutboxStore.BacklogEntry;

/** Bodies of the outbound flows API. */
public final class FlowDtos {
  private FlowDtos() {}

  static final String FLOWS =
      "MZT061_SERVICE_RECORD, VOLUNTEER_CERTIFICATE, DONATION_RECEIPT, CONTRACT_SETTLEMENT,"
          + " HOME_CARE_MONTHLY_STATS";

  public record FlowView(
      @Schema(
              type = SchemaType.STRING,
              enumeration = {
                "MZT061_SERVICE_RECORD",
                "VOLUNTEER_CERTIFICATE",
                "DONATION_RECEIPT",
                "CONTRACT_SETTLEMENT",
                "HOME_CARE_MONTHLY_STATS"
              })
          String flow,
      @Schema(description = "The receiving system") String receiver,
      @Schema(description = "Whether the flow records and sends events (the organization's choice)")
          boolean enabled,
      @Schema(description = "Whether an endpoint is known (the organization's or the platform's)")
          boolean configured,
      @Schema(description = "Whether the organization set an endpoint of its own")
          boolean ownEndpoint,
      @Schema(description = "The organization's own endpoint (the platform's is never shown)")
          String endpoint,
      @Schema(description = "Whether a credential is stored (it is never shown)")
          boolean credentialSet,
      @Schema(description = "Events waiting to be sent (the backlog)") long pending,
      long sent,
      long openDeadLetters,
      @Schema(description = "When an event of the flow was last delivered") Instant lastSentAt,
      @Schema(description = "When the flow last tried a delivery") Instant lastAttemptAt,
      @Schema(description = "Creation time of the oldest event still waiting")
          Instant oldestPendingAt,
      Instant settingsUpdatedAt,
      @Schema(description = "The organization's own agreed rate per minute (null: the platform's)")
          Integer ratePerMinute,
      @Schema(
              description =
                  "The rate per minute deliveries to the receiving system's gateway are paced at"
                      + " (0: not limited)")
          int effectiveRatePerMinute) {
    static FlowView of(FlowOverview o) {
      return new FlowView(
          o.flow(),
          o.receiver(),
          o.enabled(),
          o.configured(),
          o.ownEndpoint(),
          o.endpoint(),
          o.credentialSet(),
          o.pending(),
          o.sent(),
          o.openDeadLetters(),
          o.lastSentAt(),
          o.lastAttemptAt(),
          o.oldestPendingAt(),
          o.settingsUpdatedAt(),
          o.ratePerMinute(),
          o.effectiveRatePerMinute());
    }
  }

  public record BacklogEntryView(
      @Schema(description = "The event id: the idempotency key at the receiver") String id,
      String flow,
      String aggregateId,
      @Schema(
              type = SchemaType.STRING,
              enumeration = {"PENDING", "SENT", "DEAD"})
          String status,
      int attempts,
      Instant createdAt,
      Instant nextAttemptAt,
      Instant lastAttemptAt,
      String lastError) {
    static BacklogEntryView of(BacklogEntry e) {
      return new BacklogEntryView(
          e.id(),
          e.flow(),
          e.aggregateId(),
          e.status(),
          e.attempts(),
          e.createdAt(),
          e.nextAttemptAt(),
          e.lastAttemptAt(),
          e.lastError());
    }
  }

  public record FlowSettingsRequest(
      @NotNull Boolean enabled,
      @Schema(description = "http(s) URL of the receiver; empty or absent: the platform's")
          @Size(max = 500)
          String endpoint,
      @Schema(
              description =
                  "A bearer token for the receiver (stored encrypted, never returned); absent keeps"
                      + " the stored one, empty removes it")
          @Size(max = 2000)
          String credential,
      @Schema(
              description =
                  "The request rate agreed with the receiving system's gateway, per minute, for"
                      + " this organization (flows to one system share it); absent keeps the"
                      + " stored one, 0 returns to the platform's default",
              minimum = "0",
              maximum = "60000")
          @Min(0)
          @Max(60000)
          Integer ratePerMinute) {}

  public record StatisticsRunRequest(
      @Schema(description = "The month (yyyy-MM), one that is over", example = "2026-11")
          @NotNull
          @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])")
          String month) {}

  public record StatisticsRunView(
      String month,
      @Schema(description = "Whether this call recorded the statistics (false: recorded before)")
          boolean recorded,
      @Schema(description = "The new event's id when recorded") String eventId) {
    static StatisticsRunView of(HomeCareStatistics.Run run) {
      return new StatisticsRunView(
          run.month().toString(),
          run.recordedEventId().isPresent(),
          run.recordedEventId().orElse(null));
    }
  }
}
