package org.linli.integration.outbox.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linli.integration.outbox.application.DeadLetters.FlowStatus;
import org.linli.integration.outbox.domain.DeadLetter;

/** Bodies of the integration API. */
public final class IntegrationDtos {
  private IntegrationDtos() {}

  public record DeadLetterView(
      String id,
      @Schema(
              description =
                  "The event's id: the idempotency key the receiver sees (none for an inbound"
                      + " file that could not be read)")
          String eventId,
      @Schema(
              type = SchemaType.STRING,
              enumeration = {
                "MZT061_SERVICE_RECORD",
                "VOLUNTEER_CERTIFICATE",
                "DONATION_RECEIPT",
                "CONTRACT_SETTLEMENT",
                "HOME_CARE_MONTHLY_STATS",
                "INBOUND_SFTP_ROSTER",
                "INBOUND_SFTP_DEATH",
                "INBOUND_SFTP_MOVE"
              })
          String flow,
      String aggregateId,
      @Schema(
              description =
                  "The event as stored (JSON text; personal numbers only masked: the full number"
                      + " is read from the person's encrypted record when it is sent)")
          String payload,
      String lastError,
      int attempts,
      Instant firstAttemptAt,
      Instant lastAttemptAt,
      @Schema(
              type = SchemaType.STRING,
              enumeration = {"OPEN", "REPLAYED", "DISCARDED"})
          String status,
      String resolvedBy,
      Instant resolvedAt,
      String discardReason,
      Instant createdAt) {
    static DeadLetterView of(DeadLetter d) {
      return new DeadLetterView(
          d.id(),
          d.eventId(),
          d.flow(),
          d.aggregateId(),
          d.payload(),
          d.lastError(),
          d.attempts(),
          d.firstAttemptAt(),
          d.lastAttemptAt(),
          d.status(),
          d.resolvedBy(),
          d.resolvedAt(),
          d.discardReason(),
          d.createdAt());
    }
  }

  public record DiscardRequest(@NotBlank @Size(max = 500) String reason) {}

  public record FlowStatusView(
      @Schema(
              type = SchemaType.STRING,
              enumeration = {"MZT061_SERVICE_RECORD"})
          String flow,
      @Schema(description = "Whether an endpoint is configured (the endpoint itself is not shown)")
          boolean configured,
      @Schema(description = "Events waiting to be sent (the backlog)") long pending,
      long sent,
      long openDeadLetters) {
    static FlowStatusView of(FlowStatus s) {
      return new FlowStatusView(
          s.flow(), s.configured(), s.pending(), s.sent(), s.openDeadLetters());
    }
  }

  public record IntegrationStatusView(List<FlowStatusView> flows) {}
}
