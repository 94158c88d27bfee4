package org.linli.volunteer.domain.activity;

public enum SignupStatus {
  CONFIRMED,
  WAITLISTED,
  CANCELLED
}
