package org.linli.kernel.api;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Recognises an error that means "the database cannot be reached right now" (restarted, down, or no
 * connection free in time), as opposed to a fault of the request or of the code: such a request is
 * answered 503 with Retry-After, and the transaction was rolled back, so a retry is safe (with its
 * Idempotency-Key where the operation takes one).
 */
final class DatabaseOutage {
  /**
   * SQLSTATEs of a lost or refused connection: class 08 (connection exception), 57P01..57P03
   * (terminated by an administrator or a crash, or the server still starting), 53300 (too many
   * connections).
   */
  private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300");

  private DatabaseOutage() {}

  static boolean isCause(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || STATES.contains(state)) {
          return true;
        }
      }
      // The connection pool could not open or hand out a connection (JCA resource failures; by
      // name, as the Connectors API is not visible to the application).
      if (t.getClass().getName().startsWith("jakarta.resource.")
          || t.getClass().getName().endsWith("ConnectionWaitTimeoutException")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
