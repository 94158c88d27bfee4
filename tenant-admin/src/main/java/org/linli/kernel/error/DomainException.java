package org.linli.kernel.error;

import java.util.List;

/**
 * A failure the caller can understand: a stable machine code (e.g. {@code ORG_SUSPENDED}), a kind
 * that fixes the HTTP status, a human detail and optional field errors.
 */
public class DomainException extends RuntimeException {
  private final ErrorKind kind;
  private final String code;
  private final List<FieldError> fieldErrors;

  public DomainException(ErrorKind kind, String code, String detail) {
    this(kind, code, detail, List.of());
  }

  public DomainException(ErrorKind kind, String code, String detail, List<FieldError> fieldErrors) {
    super(detail);
    this.kind = kind;
    this.code = code;
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  public ErrorKind kind() {
    return kind;
  }

  public String code() {
    return code;
  }

  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }

  /** 400 for one bad field. */
  public static DomainException invalidField(String field, String code, String detail) {
    return new DomainException(
        ErrorKind.INVALID_INPUT, code, detail, List.of(new FieldError(field, code, detail)));
  }

  public static DomainException notFound(String code, String detail) {
    return new DomainException(ErrorKind.NOT_FOUND, code, detail);
  }

  public static DomainException conflict(String code, String detail) {
    return new DomainException(ErrorKind.CONFLICT, code, detail);
  }

  public static DomainException rule(String code, String detail) {
    return new DomainException(ErrorKind.RULE_VIOLATION, code, detail);
  }

  public static DomainException forbidden(String code, String detail) {
    return new DomainException(ErrorKind.FORBIDDEN, code, detail);
  }
}
