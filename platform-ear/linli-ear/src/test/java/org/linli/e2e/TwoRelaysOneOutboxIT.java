package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.FlowSimulator;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;
import org.linli.e2e.support.OutboxSeed;
import org.linli.e2e.support.Simulator;

/**
 * Two relays on one outbox never deliver an event twice (issue 21): the server under test runs two
 * relay routes at once ({@code LINLI_INTEGRATION_RELAY_CONSUMERS=2}, set by {@code linli test}),
 * each working tenants in its own transactions on its own connection with the production lock (FOR
 * UPDATE SKIP LOCKED). 400 events of one organization become due at the same moment; the simulator
 * counts deliveries per event id: each arrives exactly once, and both relays delivered some (the
 * outbox records which relay sent each).
 */
class TwoRelaysOneOutboxIT {
  @Test
  void everyEventIsDeliveredExactlyOnceWhileTwoRelaysShareTheOutbox() {
    Fixture.TestOrg org = Fixture.get().createOrg("tr-" + Ids.suffix());
    // Paced at most once a millisecond: the relays race, the rate does not serialize them.
    Http.Resp fast =
        org.admin()
            .http()
            .put(
                org.path() + "/integration/flows/CONTRACT_SETTLEMENT/settings",
                "{\"enabled\":true,\"ratePerMinute\":60000}");
    assertEquals(200, fast.status(), fast::toString);
    List<String> ids = OutboxSeed.settlements(org.code(), 40, 10);
    assertEquals(ids.size(), OutboxSeed.release(org.code()));

    Simulator.await(
        "all " + ids.size() + " events stored by the simulator",
        Duration.ofSeconds(300),
        () -> FlowSimulator.received("contract-settlements", org.code()).size() >= ids.size());
    Map<String, Integer> deliveries = new HashMap<>();
    for (var v : FlowSimulator.received("contract-settlements", org.code())) {
      JsonObject e = v.asJsonObject();
      deliveries.put(e.getString("eventId"), e.getInt("deliveries"));
    }
    assertEquals(new HashSet<>(ids), deliveries.keySet(), "exactly the seeded events arrived");
    deliveries.forEach((id, n) -> assertEquals(1, n, "event " + id + " delivered " + n + " times"));

    Simulator.await(
        "every event marked SENT",
        Duration.ofSeconds(60),
        () -> OutboxSeed.events(org.code()).stream().allMatch(r -> "SENT".equals(r[1])));
    Set<String> relays = new HashSet<>();
    for (String[] r : OutboxSeed.events(org.code())) {
      assertEquals("1", r[2], "one attempt for " + r[0]);
      relays.add(r[3]);
    }
    assertTrue(relays.size() >= 2, "both relays delivered some events: " + relays);
  }
}
