package org.linli.kernel.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.linli.kernel.error.DomainException;

@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(DomainException e) {
    return Problems.of(e, Problems.language(headers));
  }
}
