package org.linli.e2e.support;

/** Where the platform under test runs; set by `liberty-config/bin/linli test`. */
public final class TestEnv {
  private TestEnv() {}

  public static String get(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          name + " is not set: run the suite with liberty-config/bin/linli test");
    }
    return value;
  }

  public static String baseUrl() {
    return get("LINLI_TEST_BASE_URL");
  }

  public static String keycloakUrl() {
    return get("LINLI_KC_URL");
  }

  public static String jdbcUrl() {
    return "jdbc:postgresql://"
        + get("LINLI_TEST_DB_HOST")
        + ":"
        + get("LINLI_TEST_DB_PORT")
        + "/"
        + get("LINLI_TEST_DB_NAME");
  }
}
