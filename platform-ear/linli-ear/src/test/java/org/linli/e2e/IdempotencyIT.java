package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;

/** Idempotency-Key: replay, mismatch and concurrent duplicates. */
class IdempotencyIT {
  static final Fixture fx = Fixture.get();

  private static String members() {
    return fx.a.path() + "/members";
  }

  private static long memberCount() {
    return fx.a.admin().http().get(members() + "?limit=100").json().getJsonArray("items").size();
  }

  @Test
  void sameKeySameBodyReplaysTheFirstResponse() {
    Http admin = fx.a.admin().http().header("Idempotency-Key", "k-" + Ids.suffix());
    String body =
        Fixture.inviteBody(
                Fixture.person("甲", "idem1-" + Ids.suffix() + "@a.test"), List.of("staff"))
            .toString();
    Http.Resp first = admin.post(members(), body);
    assertEquals(201, first.status(), first::toString);
    long count = memberCount();
    Http.Resp second = admin.post(members(), body);
    assertEquals(201, second.status());
    assertEquals("true", second.header("Idempotent-Replayed"));
    assertEquals(first.json(), second.json());
    assertEquals(count, memberCount(), "the retry created nothing");
  }

  @Test
  void sameKeyDifferentBodyIs422() {
    Http admin = fx.a.admin().http().header("Idempotency-Key", "k-" + Ids.suffix());
    Http.Resp first =
        admin.post(
            members(),
            Fixture.inviteBody(
                Fixture.person("乙", "idem2-" + Ids.suffix() + "@a.test"), List.of("staff")));
    assertEquals(201, first.status(), first::toString);
    Http.Resp other =
        admin.post(
            members(),
            Fixture.inviteBody(
                Fixture.person("丙", "idem3-" + Ids.suffix() + "@a.test"), List.of("staff")));
    assertEquals(422, other.status(), other::toString);
    assertEquals("IDEMPOTENCY_KEY_REUSED", other.code());
  }

  @Test
  void aFailedRequestIsReplayedAsTheSameFailure() {
    Http admin = fx.a.admin().http().header("Idempotency-Key", "k-" + Ids.suffix());
    String bad =
        Fixture.inviteBody(Fixture.person("丁", "idem4@a.test"), List.of("no-such-role")).toString();
    Http.Resp first = admin.post(members(), bad);
    assertEquals(400, first.status());
    Http.Resp again = admin.post(members(), bad);
    assertEquals(400, again.status());
    assertEquals("UNKNOWN_ROLE", again.code());
  }

  @Test
  void concurrentDuplicatesCreateExactlyOnce() throws Exception {
    Http admin = fx.a.admin().http().header("Idempotency-Key", "k-" + Ids.suffix());
    String body =
        Fixture.inviteBody(
                Fixture.person("戊", "idem5-" + Ids.suffix() + "@a.test"), List.of("staff"))
            .toString();
    long before = memberCount();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Http.Resp>> futures = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      futures.add(pool.submit((Callable<Http.Resp>) () -> admin.post(members(), body)));
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
    String personId = null;
    int created = 0;
    for (Future<Http.Resp> f : futures) {
      Http.Resp r = f.get();
      assertTrue(r.status() == 201 || r.status() == 409, r::toString);
      if (r.status() == 201) {
        created++;
        String id = r.json().getString("personId");
        assertTrue(personId == null || personId.equals(id), "every success names the same member");
        personId = id;
      } else {
        assertEquals("IDEMPOTENCY_IN_PROGRESS", r.code());
      }
    }
    assertTrue(created >= 1);
    assertEquals(before + 1, memberCount(), "exactly one member was created");
  }
}
