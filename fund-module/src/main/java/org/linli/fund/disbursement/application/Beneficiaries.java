package org.linli.fund.disbursement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.linli.fund.disbursement.domain.Beneficiary;
import org.linli.kernel.crypto.KeyedHasher;
import org.linli.kernel.crypto.PiiCipher;
import org.linli.tenant.domain.org.UnifiedSocialCreditCode;
import org.linli.tenant.domain.person.IdentityDocument;

/**
 * Turns what a caseworker typed into a {@link Beneficiary}: the person's document validated and
 * masked by the kernel's rules, stored encrypted, and keyed by an HMAC (the same key shape as the
 * platform's person registry) so limits per person count without decrypting anything.
 */
@ApplicationScoped
public class Beneficiaries {
  static final String ID_CONTEXT = "disbursement.beneficiary_id";

  @Inject PiiCipher cipher;
  @Inject KeyedHasher hasher;

  public record BeneficiaryInput(
      Beneficiary.Kind kind, String name, String idType, String idNumber, String creditCode) {}

  public Beneficiary of(BeneficiaryInput in) {
    if (in.kind() == Beneficiary.Kind.PERSON) {
      IdentityDocument doc = IdentityDocument.parse(in.idType(), in.idNumber());
      return new Beneficiary(
          Beneficiary.Kind.PERSON,
          in.name(),
          doc.type(),
          doc.masked(),
          cipher.encrypt(doc.number(), ID_CONTEXT),
          hasher.hash(doc.type() + ":" + doc.number()),
          null);
    }
    // Checksum-validated like an organization's own code (400 INVALID_CREDIT_CODE.*).
    String code = UnifiedSocialCreditCode.parse(in.creditCode()).value();
    return new Beneficiary(
        Beneficiary.Kind.ORGANIZATION,
        in.name(),
        null,
        null,
        null,
        hasher.hash("USCC:" + code),
        code);
  }
}
