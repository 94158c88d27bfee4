package org.linli.tenant.domain.person;

/** Gender as encoded in a resident ID number (odd sequence digit = male). */
public enum Gender {
  MALE,
  FEMALE
}
