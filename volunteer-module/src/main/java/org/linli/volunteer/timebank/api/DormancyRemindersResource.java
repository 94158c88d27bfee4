package org.linli.volunteer.timebank.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.fund.ledger.domain.Unit;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;
import org.linli.kernel.time.ChinaTime;
import org.linli.volunteer.timebank.application.DormancyReminders;
import org.linli.volunteer.timebank.domain.DormancyReminder;

/** Reminders for time balances left untouched for the rules' dormancy period. */
@Path("/v1/orgs/{org}/time-bank/dormancy-reminders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Time bank")
public class DormancyRemindersResource {
  @Inject DormancyReminders reminders;

  /** {@code asOf} null: today (China time). */
  public record RunRequest(LocalDate asOf) {}

  public record RunView(LocalDate asOf, int created) {}

  public record ReminderView(
      String id,
      String volunteerId,
      String accountKind,
      String balanceHours,
      LocalDate dormantSince,
      LocalDate asOf,
      Instant remindedAt) {
    static ReminderView of(DormancyReminder r) {
      return new ReminderView(
          r.id(),
          r.volunteerId(),
          r.accountKind(),
          Unit.HOUR.format(r.balanceMinutes()),
          r.dormantSince(),
          r.asOf(),
          r.remindedAt());
    }
  }

  @POST
  @Path("run")
  @Consumes(MediaType.APPLICATION_JSON)
  @OrgRoles(OrgRole.ORG_ADMIN)
  @Operation(
      summary = "Remind dormant balances now (safe to repeat)",
      description =
          "A balance without any posting for the dormancy days of the rules in force on asOf"
              + " (default today) gets one reminder per account and dormant-since date; a second"
              + " run creates nothing. Answers how many reminders are new.")
  public RunView run(@PathParam("org") String org, RunRequest body) {
    LocalDate asOf = body == null || body.asOf() == null ? ChinaTime.today() : body.asOf();
    return new RunView(asOf, reminders.remindDormant(asOf));
  }

  @GET
  @OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
  @Operation(summary = "Dormancy reminders, cursor-paginated, optionally for one volunteer")
  public Page<ReminderView> list(
      @PathParam("org") String org,
      @QueryParam("volunteerId") String volunteerId,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    var page = reminders.list(volunteerId, PageRequest.of("dormancy-reminders", limit, cursor));
    return new Page<>(page.items().stream().map(ReminderView::of).toList(), page.nextCursor());
  }
}
