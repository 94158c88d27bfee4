package org.linli.tenant.domain.org;

import java.util.Locale;
import org.linli.kernel.error.DomainException;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters whose last one is a mod-31 check character.
 *
 * <p>The constructor normalizes (strips spaces, upper-cases) and validates, so every instance is
 * valid; {@link #parse} is the readable entry point for user input.
 */
public record UnifiedSocialCreditCode(String value) {
  /** The 31 code characters; I, O, Z, S and V are excluded to avoid confusion with digits. */
  static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };
  private static final int LENGTH = 18;
  private static final String FIELD = "creditCode";
  private static final String CODE = "INVALID_CREDIT_CODE";

  /** Registration authority code of 民政 (civil affairs), which registers social organizations. */
  public static final char CIVIL_AFFAIRS = '5';

  public UnifiedSocialCreditCode {
    if (value == null || value.isBlank()) {
      throw invalid("INVALID_CREDIT_CODE.REQUIRED");
    }
    value = value.strip().toUpperCase(Locale.ROOT);
    if (value.length() != LENGTH) {
      throw invalid("INVALID_CREDIT_CODE.LENGTH");
    }
    for (int i = 0; i < LENGTH; i++) {
      if (CHARSET.indexOf(value.charAt(i)) < 0) {
        throw invalid("INVALID_CREDIT_CODE.CHARACTER", i + 1);
      }
    }
    if (value.charAt(LENGTH - 1) != checkChar(value)) {
      throw invalid("INVALID_CREDIT_CODE.CHECK_CHARACTER");
    }
  }

  /** Parses user input; lower case and surrounding spaces (including full-width) are accepted. */
  public static UnifiedSocialCreditCode parse(String raw) {
    return new UnifiedSocialCreditCode(raw);
  }

  /**
   * The check character for the first 17 characters, for building valid codes in tests and demo
   * data.
   *
   * @throws IllegalArgumentException if {@code first17} is not 17 code characters
   */
  public static String checkCharFor(String first17) {
    if (first17 == null || first17.length() != LENGTH - 1) {
      throw new IllegalArgumentException("expected 17 characters");
    }
    for (int i = 0; i < first17.length(); i++) {
      if (CHARSET.indexOf(first17.charAt(i)) < 0) {
        throw new IllegalArgumentException("invalid character at position " + (i + 1));
      }
    }
    return String.valueOf(checkChar(first17));
  }

  /** 登记管理部门代码 (position 1), e.g. '5' for 民政, '9' for 工商. */
  public char registrationAuthority() {
    return value.charAt(0);
  }

  /** 机构类别代码 (position 2); under 民政: '1' 社会团体, '2' 民办非企业单位, '3' 基金会. */
  public char category() {
    return value.charAt(1);
  }

  /** True for codes issued by 民政, i.e. social organizations. */
  public boolean isCivilAffairs() {
    return registrationAuthority() == CIVIL_AFFAIRS;
  }

  /**
   * This code, when its registration authority and category fit an organization of {@code type}
   * (see {@link OrgType#creditCodePrefix()}); otherwise a 400 on {@code creditCode}.
   */
  public UnifiedSocialCreditCode requireIssuedFor(OrgType type) {
    if (!value.startsWith(type.creditCodePrefix())) {
      throw DomainException.invalidField(FIELD, "CREDIT_CODE_KIND_MISMATCH")
          .with(type.creditCodePrefix(), type);
    }
    return this;
  }

  @Override
  public String toString() {
    return value;
  }

  /** Assumes the first 17 characters are already known to be in {@link #CHARSET}. */
  private static char checkChar(String code) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += CHARSET.indexOf(code.charAt(i)) * WEIGHTS[i];
    }
    int check = 31 - sum % 31;
    return CHARSET.charAt(check == 31 ? 0 : check);
  }

  /** One code, several explanations: {@code INVALID_CREDIT_CODE.<REASON>} in the bundles. */
  private static DomainException invalid(String key, Object... args) {
    return DomainException.invalidField(FIELD, CODE).withMessage(key, args);
  }
}
