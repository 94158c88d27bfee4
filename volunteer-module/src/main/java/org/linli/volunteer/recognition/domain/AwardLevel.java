package org.linli.volunteer.recognition.domain;

/** The level of the body that grants an award, from the State Council down to the organization. */
public enum AwardLevel {
  NATIONAL("国家级"),
  PROVINCIAL("省级"),
  MUNICIPAL("市级"),
  DISTRICT("区级"),
  ORGANIZATION("组织内");

  private final String label;

  AwardLevel(String label) {
    this.label = label;
  }

  /** The Chinese name shown on certificates and exports. */
  public String label() {
    return label;
  }
}
