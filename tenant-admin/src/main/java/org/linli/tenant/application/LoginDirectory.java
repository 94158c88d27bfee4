package org.linli.tenant.application;

/** The identity provider's user directory, as the platform needs it. */
public interface LoginDirectory {
  /** Finds the login with this e-mail as user name, or creates it; returns its subject id. */
  String ensureLogin(String email, String displayName, String personId);

  /** Sets a login's password (used by the demo loader and by operators). */
  void setPassword(String subject, String password, boolean temporary);

  boolean isReachable();
}
