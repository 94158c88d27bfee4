package org.linli.integration.inbound.application;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Whether a failure is temporary: the same work may well succeed later (the transaction timed out
 * or was rolled back under it, a lock wait timed out, the database was unreachable, busy or
 * restarting). A list file failing so is tried again; any other failure is for a person to look at.
 */
public final class TemporaryFailure {
  /** SQLSTATEs (PostgreSQL) of a failure that says nothing about the data. */
  private static final Set<String> STATES =
      Set.of("40001", "40P01", "55P03", "57014", "57P01", "57P02", "57P03", "25P03");

  /** SQLSTATE classes: connection exception, insufficient resources. */
  private static final Set<String> CLASSES = Set.of("08", "53");

  private TemporaryFailure() {}

  public static boolean is(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientException
          || t instanceof SQLRecoverableException
          || t instanceof LockTimeoutException
          || t instanceof PessimisticLockException
          || t instanceof QueryTimeoutException
          || t instanceof jakarta.transaction.RollbackException
          || t instanceof jakarta.transaction.TransactionRolledbackException) {
        return true;
      }
      if (t instanceof SQLException e && e.getSQLState() != null) {
        String state = e.getSQLState();
        if (STATES.contains(state)
            || (state.length() == 5 && CLASSES.contains(state.substring(0, 2)))) {
          return true;
        }
      }
      for (Throwable s : t.getSuppressed()) {
        if (is(s)) {
          return true;
        }
      }
    }
    return false;
  }
}
