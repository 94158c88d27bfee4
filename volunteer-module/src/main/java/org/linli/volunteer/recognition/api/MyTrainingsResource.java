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
import org.linli.volunteer.recognition.application.MyTrainingsAndAwards.Training;
import org.linli.volunteer.shared.api.Hours;

// A root of its own: another root at /v1/me (MeResource) would compete for the same requests.
@Path("/v1/me/trainings")
@RequestScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class MyTrainingsResource {
  @Inject MyTrainingsAndAwards mine;

  /** {@code trainingHours} counts records still in force (not replaced by a correction). */
  public record MyTrainings(String trainingHours, List<Training> trainings) {}

  @GET
  @Operation(summary = "All my training records in every organization, with my training hours")
  public MyTrainings list() {
    List<Training> trainings = mine.trainings();
    long minutes =
        trainings.stream().filter(t -> !t.superseded()).mapToLong(Training::minutes).sum();
    return new MyTrainings(Hours.text(minutes), trainings);
  }
}
