package org.linli.volunteer.timebank.domain;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.linli.kernel.error.DomainException;

/**
 * How a beneficiary is related to the volunteer. Only a spouse and lineal relatives (直系亲属) may
 * receive transferred hours; siblings, in-laws and friends may not, so they have no value here.
 */
public enum Relation {
  SPOUSE,
  PARENT,
  CHILD,
  GRANDPARENT,
  GRANDCHILD;

  public static Relation parse(String value) {
    return Arrays.stream(values())
        .filter(r -> r.name().equals(value))
        .findFirst()
        .orElseThrow(
            () ->
                DomainException.rule("RELATION_NOT_ELIGIBLE")
                    .with(
                        Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))));
  }
}
