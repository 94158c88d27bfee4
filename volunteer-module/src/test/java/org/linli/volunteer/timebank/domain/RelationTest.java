package org.linli.volunteer.timebank.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.linli.kernel.error.DomainException;

class RelationTest {
  @Test
  void onlySpouseAndLinealRelativesAreEligible() {
    assertEquals(Relation.GRANDPARENT, Relation.parse("GRANDPARENT"));
    for (String other : new String[] {"SIBLING", "FRIEND", "spouse", "", null}) {
      assertEquals(
          "RELATION_NOT_ELIGIBLE",
          assertThrows(DomainException.class, () -> Relation.parse(other)).code());
    }
  }
}
