package org.linli.volunteer.timebank.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.fund.ledger.domain.Unit;
import org.linli.kernel.api.Page;
import org.linli.kernel.api.PageRequest;
import org.linli.kernel.security.SignedIn;
import org.linli.volunteer.timebank.application.MyTimeAccounts;

@Path("/v1/me/time-accounts")
@RequestScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class MyTimeAccountsResource {
  @Inject MyTimeAccounts mine;

  /** remindedAt and dormantSince only while the balance is dormant (a reminder is current). */
  public record MyTimeAccount(
      String org,
      String orgName,
      String balanceHours,
      String donateOnlyHours,
      boolean dormant,
      String dormantSince,
      Instant remindedAt) {}

  @GET
  @Operation(
      summary = "My time bank balances in every organization where I have deposits",
      description =
          "Ordinary and donate-only hours per organization; dormant with remindedAt when the"
              + " organization reminded me that the balance has not been used for a long time.")
  public Page<MyTimeAccount> list(
      @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
    var page = mine.list(PageRequest.of("my-time-accounts", limit, cursor));
    return new Page<>(
        page.items().stream()
            .map(
                i ->
                    new MyTimeAccount(
                        i.org(),
                        i.orgName(),
                        Unit.HOUR.format(i.balanceMinutes()),
                        Unit.HOUR.format(i.donateOnlyMinutes()),
                        i.dormant(),
                        i.dormantSince() == null ? null : i.dormantSince().toString(),
                        i.remindedAt()))
            .toList(),
        page.nextCursor());
  }
}
