package org.linli.integration.outbox.domain;

/** A dead letter is open until staff replay or discard it. */
public enum DeadLetterStatus {
  OPEN,
  REPLAYED,
  DISCARDED
}
