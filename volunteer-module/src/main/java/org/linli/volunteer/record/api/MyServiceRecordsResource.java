package org.linli.volunteer.record.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.kernel.security.SignedIn;
import org.linli.volunteer.record.application.MyServiceRecords;
import org.linli.volunteer.shared.api.Hours;

@Path("/v1/me/service-records")
@RequestScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class MyServiceRecordsResource {
  @Inject MyServiceRecords mine;

  public record MyRecords(String approvedHours, int stars, List<MyServiceRecords.Item> records) {}

  @GET
  @Operation(summary = "All my service records in every organization, with my total and star level")
  public MyRecords list() {
    var summary = mine.summary();
    return new MyRecords(Hours.text(summary.approvedMinutes()), summary.stars(), summary.records());
  }
}
