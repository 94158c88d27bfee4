package org.linli.integration.inbound.domain;

/** A file that cannot be read as a roster at all (not text, no header, no period): dead letter. */
public class UnreadableList extends Exception {
  private final String code;

  public UnreadableList(String code) {
    super(code);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
