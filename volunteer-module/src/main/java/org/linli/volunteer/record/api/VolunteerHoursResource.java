package org.linli.volunteer.record.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.kernel.security.OrgRole;
import org.linli.kernel.security.OrgRoles;
import org.linli.volunteer.record.application.ServiceRecords;
import org.linli.volunteer.shared.api.Hours;

/**
 * A volunteer's approved hours and star level. Its own root path, longer than VolunteersResource's,
 * because JAX-RS picks one root resource per request (the longest literal match) and never
 * backtracks into another; so registration does not depend on service records.
 */
@Path("/v1/orgs/{org}/volunteers/{volunteerId}/hours")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@OrgRoles({OrgRole.ORG_ADMIN, OrgRole.STAFF})
@Tag(name = "Volunteers")
public class VolunteerHoursResource {
  @Inject ServiceRecords records;

  @GET
  @Operation(summary = "A volunteer's approved hours here and the star level they give")
  public RecordDtos.HoursView hours(
      @PathParam("org") String org, @PathParam("volunteerId") String id) {
    var hours = records.hoursOf(id);
    return new RecordDtos.HoursView(
        hours.volunteerId(), Hours.text(hours.approvedMinutes()), hours.stars());
  }
}
