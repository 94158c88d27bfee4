package org.linli.volunteer.timebank.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.fund.ledger.domain.Unit;
import org.linli.kernel.security.SignedIn;
import org.linli.volunteer.timebank.application.MyTimeAccounts;

@Path("/v1/me/time-accounts")
@RequestScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class MyTimeAccountsResource {
  @Inject MyTimeAccounts mine;

  public record MyTimeAccount(String org, String orgName, String balanceHours) {}

  @GET
  @Operation(summary = "My time bank balances in every organization where I have deposits")
  public List<MyTimeAccount> list() {
    return mine.list().stream()
        .map(i -> new MyTimeAccount(i.org(), i.orgName(), Unit.HOUR.format(i.balanceMinutes())))
        .toList();
  }
}
