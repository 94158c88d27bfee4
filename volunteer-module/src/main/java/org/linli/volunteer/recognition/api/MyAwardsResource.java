package org.linli.volunteer.recognition.api;

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
import org.linli.volunteer.recognition.application.MyTrainingsAndAwards;

// A root of its own: another root at /v1/me (MeResource) would compete for the same requests.
@Path("/v1/me/awards")
@RequestScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class MyAwardsResource {
  @Inject MyTrainingsAndAwards mine;

  public record MyAwards(List<MyTrainingsAndAwards.Award> awards) {}

  @GET
  @Operation(summary = "All my award and commendation records in every organization")
  public MyAwards list() {
    return new MyAwards(mine.awards());
  }
}
