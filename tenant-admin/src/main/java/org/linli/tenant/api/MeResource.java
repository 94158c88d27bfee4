package org.linli.tenant.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.kernel.security.SignedIn;
import org.linli.tenant.application.MyAccount;

@Path("/v1/me")
@RequestScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class MeResource {
  @Inject MyAccount myAccount;

  @GET
  @Operation(summary = "The caller's person record (masked) and memberships in all organizations")
  public MyAccount.Profile me() {
    return myAccount.profile();
  }
}
