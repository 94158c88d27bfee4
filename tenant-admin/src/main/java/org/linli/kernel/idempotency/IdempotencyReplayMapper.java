package org.linli.kernel.idempotency;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.linli.kernel.api.Problems;

/** Answers a replay with the first answer's status and body, marked Idempotent-Replayed. */
@Provider
public class IdempotencyReplayMapper implements ExceptionMapper<IdempotencyReplay> {
  @Override
  public Response toResponse(IdempotencyReplay replay) {
    return answer(replay.status(), replay.body());
  }

  static Response answer(int status, String body) {
    return Response.status(status)
        .type(status >= 400 ? Problems.PROBLEM_JSON : MediaType.APPLICATION_JSON_TYPE)
        .entity(body)
        .header("Idempotent-Replayed", "true")
        .build();
  }
}
