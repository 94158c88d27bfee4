package org.linli.tenant.domain.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.error.ErrorKind;

/** GB 32100 positions 1 and 2 must fit the kind of organization that registers with the code. */
class CreditCodeKindTest {

  private static UnifiedSocialCreditCode code(String prefix) {
    String first17 = prefix + "320106MJ50000";
    first17 = first17 + "1".repeat(17 - first17.length());
    return UnifiedSocialCreditCode.parse(first17 + UnifiedSocialCreditCode.checkCharFor(first17));
  }

  @ParameterizedTest
  @CsvSource({
    "51, SOCIAL_GROUP",
    "52, SOCIAL_SERVICE_AGENCY",
    "53, FOUNDATION",
    "11, GOVERNMENT_BUYER"
  })
  void acceptsTheAuthorityAndCategoryOfTheKind(String prefix, OrgType type) {
    UnifiedSocialCreditCode code = code(prefix);
    assertSame(code, code.requireIssuedFor(type));
  }

  @ParameterizedTest
  @CsvSource({
    "52, SOCIAL_GROUP",
    "91, SOCIAL_GROUP",
    "51, SOCIAL_SERVICE_AGENCY",
    "59, FOUNDATION",
    "12, GOVERNMENT_BUYER",
    "51, GOVERNMENT_BUYER",
    "11, FOUNDATION"
  })
  void refusesAnotherAuthorityOrCategory(String prefix, OrgType type) {
    DomainException e =
        assertThrows(DomainException.class, () -> code(prefix).requireIssuedFor(type));
    assertEquals(ErrorKind.INVALID_INPUT, e.kind());
    assertEquals("CREDIT_CODE_KIND_MISMATCH", e.code());
    assertEquals("creditCode", e.fieldErrors().get(0).field());
  }

  @Test
  void everyKindNamesItsPrefix() {
    assertEquals("51", OrgType.SOCIAL_GROUP.creditCodePrefix());
    assertEquals("52", OrgType.SOCIAL_SERVICE_AGENCY.creditCodePrefix());
    assertEquals("53", OrgType.FOUNDATION.creditCodePrefix());
    assertEquals("11", OrgType.GOVERNMENT_BUYER.creditCodePrefix());
  }
}
