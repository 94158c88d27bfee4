package org.linli.kernel.error;

import java.util.List;
import java.util.Locale;
import org.linli.kernel.i18n.Languages;
import org.linli.kernel.i18n.LegacyText;
import org.linli.kernel.i18n.ProblemMessages;

/**
 * A failure the caller can understand: a stable machine code (e.g. {@code ORG_SUSPENDED}), a kind
 * that fixes the HTTP status, the text to show (a {@link Message}: bundle key, by default the code,
 * and arguments) and optional field errors. The text is rendered per request language by the
 * problem mappers; {@link #getMessage()} renders it for logs.
 *
 * <pre>
 * throw DomainException.rule("SHIFT_FULL");
 * throw DomainException.rule("STATEMENT_TOO_LONG").with(max);
 * throw DomainException.invalidField("limit", "INVALID_LIMIT").with(1, 100);
 * </pre>
 *
 * The constructors and factories taking a {@code detail} string are the old style: their detail is
 * shown only while the bundles lack the code (split by language when written "中文 (English)").
 */
public class DomainException extends RuntimeException {
  private final ErrorKind kind;
  private final String code;
  private final String detail;
  private final Message text;
  private final List<FieldError> fieldErrors;

  public DomainException(ErrorKind kind, String code) {
    this(kind, code, null, Message.of(code), List.of());
  }

  public DomainException(ErrorKind kind, String code, List<FieldError> fieldErrors) {
    this(kind, code, null, Message.of(code), fieldErrors);
  }

  public DomainException(ErrorKind kind, String code, String detail) {
    this(kind, code, detail, Message.of(code), List.of());
  }

  public DomainException(ErrorKind kind, String code, String detail, List<FieldError> fieldErrors) {
    this(kind, code, detail, Message.of(code), fieldErrors);
  }

  /** For subclasses that explain themselves with another bundle text. */
  protected DomainException(ErrorKind kind, String code, Message text) {
    this(kind, code, null, text, List.of());
  }

  private DomainException(
      ErrorKind kind, String code, String detail, Message text, List<FieldError> fieldErrors) {
    super();
    this.kind = kind;
    this.code = code;
    this.detail = detail;
    this.text = text;
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  public ErrorKind kind() {
    return kind;
  }

  public String code() {
    return code;
  }

  /** The old-style literal detail, or null. */
  public String detail() {
    return detail;
  }

  public Message text() {
    return text;
  }

  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }

  /**
   * The same failure with arguments for the code's text. Field errors of the same code without
   * arguments of their own (the one {@link #invalidField} builds) get them too.
   */
  public DomainException with(Object... args) {
    return withMessage(text.key(), args);
  }

  /**
   * The same failure shown with another bundle text, e.g. one code with several explanations
   * ({@code INVALID_CREDIT_CODE.LENGTH}) or a code built at run time ({@code INVALID_STATUS}).
   */
  public DomainException withMessage(String key, Object... args) {
    Message newText = Message.of(key, args);
    List<FieldError> errors =
        fieldErrors.stream()
            .map(
                f ->
                    f.code().equals(code)
                            && f.text().key().equals(text.key())
                            && f.message() == null
                        ? f.withText(newText)
                        : f)
            .toList();
    DomainException copy = new DomainException(kind, code, detail, newText, errors);
    copy.setStackTrace(getStackTrace());
    return copy;
  }

  /** Code and text in both languages, for logs and developers. */
  @Override
  public String getMessage() {
    String zh = render(Languages.ZH_CN);
    String en = render(Languages.EN);
    return code + ": " + (zh.equals(en) ? zh : zh + " (" + en + ")");
  }

  private String render(Locale locale) {
    return ProblemMessages.format(locale, text.key(), text.args())
        .orElseGet(() -> detail == null ? kind.title() : LegacyText.pick(detail, locale));
  }

  /** 400 for one bad field; the field error shares the exception's code and text. */
  public static DomainException invalidField(String field, String code) {
    return new DomainException(
        ErrorKind.INVALID_INPUT, code, null, Message.of(code), List.of(FieldError.of(field, code)));
  }

  /** Old style; prefer {@link #invalidField(String, String)}. */
  public static DomainException invalidField(String field, String code, String detail) {
    return new DomainException(
        ErrorKind.INVALID_INPUT, code, detail, List.of(new FieldError(field, code, detail)));
  }

  public static DomainException notFound(String code) {
    return new DomainException(ErrorKind.NOT_FOUND, code);
  }

  public static DomainException notFound(String code, String detail) {
    return new DomainException(ErrorKind.NOT_FOUND, code, detail);
  }

  public static DomainException conflict(String code) {
    return new DomainException(ErrorKind.CONFLICT, code);
  }

  public static DomainException conflict(String code, String detail) {
    return new DomainException(ErrorKind.CONFLICT, code, detail);
  }

  public static DomainException rule(String code) {
    return new DomainException(ErrorKind.RULE_VIOLATION, code);
  }

  public static DomainException rule(String code, String detail) {
    return new DomainException(ErrorKind.RULE_VIOLATION, code, detail);
  }

  public static DomainException forbidden(String code) {
    return new DomainException(ErrorKind.FORBIDDEN, code);
  }

  public static DomainException forbidden(String code, String detail) {
    return new DomainException(ErrorKind.FORBIDDEN, code, detail);
  }
}
