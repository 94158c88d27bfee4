package org.linli.kernel.error;

/**
 * One invalid field of a request: its JSON path, a stable code and the text shown for it. The text
 * is a {@link Message} (bundle key + arguments) rendered in the caller's language; {@code message}
 * is only set by old-style call sites and is used when the bundles do not know the key.
 */
public record FieldError(String field, String code, String message, Message text) {
  /** Old style: a literal message. Prefer {@link #of}. */
  public FieldError(String field, String code, String message) {
    this(field, code, message, null);
  }

  /** The field's code, whose bundle text is formatted with {@code args}. */
  public static FieldError of(String field, String code, Object... args) {
    return new FieldError(field, code, null, Message.of(code, args));
  }

  /** The text to render: the given one, else the code's bundle text without arguments. */
  @Override
  public Message text() {
    return text != null ? text : Message.of(code);
  }

  FieldError withText(Message newText) {
    return new FieldError(field, code, message, newText);
  }
}
