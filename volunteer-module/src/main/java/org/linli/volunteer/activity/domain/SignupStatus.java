package org.linli.volunteer.activity.domain;

public enum SignupStatus {
  CONFIRMED,
  WAITLISTED,
  CANCELLED
}
