package org.linli.integration.inbound.api;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linli.integration.inbound.application.Received;
import org.linli.integration.inbound.domain.InboundFile;
import org.linli.integration.inbound.domain.RosterRow.Rejection;

/** Bodies of the inbound-list API. */
public final class InboundDtos {
  private InboundDtos() {}

  public record InboundFileView(
      String id,
      @Schema(
              type = SchemaType.STRING,
              enumeration = {"SFTP", "GATEWAY"})
          String source,
      @Schema(
              type = SchemaType.STRING,
              enumeration = {"ROSTER", "DEATH", "MOVE"})
          String kind,
      String name,
      @Schema(description = "SHA-256 of the bytes received (hex): the same bytes apply once")
          String checksum,
      @Schema(description = "The month the roster is for (its first day)") LocalDate period,
      @Schema(
              type = SchemaType.STRING,
              enumeration = {"PROCESSING", "APPLIED", "UNREADABLE"})
          String status,
      int rowsTotal,
      int rowsApplied,
      int rowsRejected,
      @Schema(description = "Residents added to the roster") int added,
      @Schema(description = "Residents whose group or level changed (or who died)") int changed,
      @Schema(description = "Residents the roster no longer lists: eligibility ended") int ended,
      @Schema(description = "Why the file could not be read at all (a stable code)") String error,
      Instant receivedAt,
      Instant finishedAt) {
    static InboundFileView of(InboundFile f) {
      return new InboundFileView(
          f.id(),
          f.source(),
          f.kind(),
          f.name(),
          f.checksum(),
          f.period(),
          f.status(),
          f.rowsTotal(),
          f.rowsApplied(),
          f.rowsRejected(),
          f.added(),
          f.changed(),
          f.ended(),
          f.error(),
          f.receivedAt(),
          f.finishedAt());
    }
  }

  public record RejectedRowView(
      @Schema(description = "Line in the file (1 = header) or position in the message") int line,
      @Schema(
              description = "Why the row was refused",
              example = "ID_NUMBER_INVALID",
              type = SchemaType.STRING,
              enumeration = {
                "ID_NUMBER_INVALID",
                "NAME_INVALID",
                "CATEGORY_UNKNOWN",
                "LEVEL_UNKNOWN",
                "DATE_INVALID",
                "DATE_IN_FUTURE",
                "ADDRESS_INVALID",
                "FIELD_COUNT",
                "UNCLOSED_QUOTE",
                "LINE_TOO_LONG",
                "NOT_TEXT",
                "NOT_AN_OBJECT",
                "FIELD_NOT_TEXT",
                "RESIDENT_UNKNOWN",
                "PERSON_NAME_MISMATCH"
              })
          String code,
      String field,
      @Schema(description = "The ID number masked, when it was valid") String idMasked) {
    static RejectedRowView of(Rejection r) {
      return new RejectedRowView(r.line(), r.code(), r.field(), r.idMasked());
    }
  }

  public record ReceivedView(
      String fileId,
      @Schema(description = "True when these bytes were received before: nothing was applied")
          boolean duplicate,
      String status,
      int applied,
      int rejected,
      String error) {
    static ReceivedView of(Received r) {
      return new ReceivedView(
          r.fileId(), r.duplicate(), r.status(), r.applied(), r.rejected(), r.error());
    }
  }
}
