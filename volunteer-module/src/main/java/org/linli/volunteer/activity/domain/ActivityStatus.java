package org.linli.volunteer.activity.domain;

public enum ActivityStatus {
  DRAFT,
  PUBLISHED,
  CLOSED
}
