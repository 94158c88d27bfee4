package org.linli.fund.disbursement.domain;

/**
 * Who receives the money: a person (document kept encrypted, shown masked) or an organization
 * (统一社会信用代码). {@code key} is a keyed hash of the document or code, so limits per person can be
 * counted without reading the document.
 */
public record Beneficiary(
    Kind kind,
    String name,
    String idType,
    String idMasked,
    String idCipher,
    String key,
    String creditCode) {
  public enum Kind {
    PERSON,
    ORGANIZATION
  }
}
