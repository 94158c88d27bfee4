package org.linli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linli.e2e.support.Fixture;
import org.linli.e2e.support.Http;
import org.linli.e2e.support.Ids;

/** Versioned settings with ETag / If-Match and validation. */
class SettingsIT {
  static Fixture.TestOrg org;
  static String path;

  @BeforeAll
  static void setUp() {
    org = Fixture.get().createOrg("ts-" + Ids.suffix());
    path = org.path() + "/settings";
  }

  @Test
  void updateNeedsTheCurrentEtagAndKeepsEveryVersion() {
    Http admin = org.admin().http();
    Http.Resp current = admin.get(path);
    assertEquals(200, current.status(), current::toString);
    String etag = current.header("ETag");
    assertEquals("zh-CN", current.json().getString("locale"));

    Http.Resp missing = admin.put(path, "{\"locale\":\"en-US\"}");
    assertEquals(428, missing.status());
    assertEquals("IF_MATCH_REQUIRED", missing.code());

    Http.Resp updated =
        admin
            .header("If-Match", etag)
            .put(path, "{\"locale\":\"en-US\",\"timezone\":\"Asia/Shanghai\",\"volunteer\":{}}");
    assertEquals(200, updated.status(), updated::toString);
    assertNotEquals(etag, updated.header("ETag"));
    assertEquals("en-US", admin.get(path).json().getString("locale"));

    Http.Resp stale = admin.header("If-Match", etag).put(path, "{\"locale\":\"zh-CN\"}");
    assertEquals(412, stale.status(), stale::toString);
    assertEquals("VERSION_MISMATCH", stale.code());
    assertEquals(
        "en-US", admin.get(path).json().getString("locale"), "the stale write changed nothing");
  }

  @Test
  void invalidSettingsAre400WithFieldErrors() {
    Http admin = org.admin().http();
    String etag = admin.get(path).header("ETag");
    Http.Resp bad =
        admin
            .header("If-Match", etag)
            .put(path, "{\"locale\":\"fr\",\"timezone\":\"Mars/Base\",\"colour\":1,\"points\":3}");
    assertEquals(400, bad.status(), bad::toString);
    assertEquals("INVALID_SETTINGS", bad.code());
    assertEquals(4, bad.json().getJsonArray("errors").size());
    assertEquals(etag, admin.get(path).header("ETag"), "nothing was written");
  }

  @Test
  void staffMayReadButNotEdit() {
    assertEquals(200, org.staff().http().get(path).status());
    Http.Resp edit = org.staff().http().header("If-Match", "\"1\"").put(path, "{}");
    assertEquals(403, edit.status());
    assertEquals("ROLE_REQUIRED", edit.code());
    assertEquals(403, org.volunteer().http().get(path).status());
  }
}
