package org.linli.tenant.application;

/** The identity provider's user directory, as the platform needs it. */
public interface LoginDirectory {
  /** Finds the login with this e-mail as user name, or creates it; returns its subject id. */
  String ensureLogin(String email, String displayName, String personId);

  /** Sets a login's password (used by the demo loader and by operators). */
  void setPassword(String subject, String password, boolean temporary);

  boolean isReachable();

  /** How far the person behind a login got: still to choose a password, or set up. */
  LoginSetup setupOf(String subject);

  /**
   * E-mails the person a link to choose their password and confirm their address, valid for {@code
   * lifespan}. False when the identity provider could not send it (no or a failing mail server).
   */
  boolean sendInvitation(String subject, java.time.Duration lifespan);

  /** A login's state as far as invitations care. */
  enum LoginSetup {
    /** No password yet, or one the person must replace: an invitation is what they need. */
    PENDING,
    /** The person chose a password: they sign in as they are. */
    COMPLETE,
    /** The login no longer exists in the identity provider. */
    MISSING
  }
}
