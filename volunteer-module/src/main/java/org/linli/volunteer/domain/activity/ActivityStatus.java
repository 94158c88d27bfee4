package org.linli.volunteer.domain.activity;

public enum ActivityStatus {
  DRAFT,
  PUBLISHED,
  CLOSED
}
