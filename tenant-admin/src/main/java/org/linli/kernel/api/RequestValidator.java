package org.linli.kernel.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.error.ErrorKind;
import org.linli.kernel.error.FieldError;
import org.linli.kernel.error.Message;

/**
 * Bean Validation of request bodies, called explicitly by resources so every violation becomes the
 * same 400 problem with field errors (the runtime's own violation mapping differs per server).
 */
@ApplicationScoped
public class RequestValidator {
  @Inject Validator validator;

  public <T> T valid(T body) {
    if (body == null) {
      throw new DomainException(ErrorKind.INVALID_INPUT, "BODY_REQUIRED");
    }
    var violations = validator.validate(body);
    if (!violations.isEmpty()) {
      List<FieldError> errors =
          violations.stream()
              .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
              .map(RequestValidator::toFieldError)
              .toList();
      throw new DomainException(ErrorKind.INVALID_INPUT, "VALIDATION_FAILED", errors);
    }
    return body;
  }

  /**
   * The constraint's name is the code; its text comes from the bundles with the constraint's limits
   * as arguments ({@code SIZE}: min, max). Constraints without a bundle text keep the validator's
   * own message.
   */
  private static FieldError toFieldError(ConstraintViolation<?> v) {
    String constraint =
        v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    String code = constraint.toUpperCase(Locale.ROOT);
    Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
    Object[] args = ARGUMENTS.getOrDefault(code, List.of()).stream().map(attributes::get).toArray();
    String template = v.getMessageTemplate();
    boolean ownText = BUNDLE_KEY.matcher(template).matches();
    return new FieldError(
        v.getPropertyPath().toString(),
        code,
        ownText ? null : v.getMessage(),
        Message.of(ownText ? template : code, args));
  }

  /**
   * A constraint may name its own bundle text instead of a message ({@code @Pattern(regexp = ...,
   * message = "PATTERN.REGION_CODE")}).
   */
  private static final Pattern BUNDLE_KEY = Pattern.compile("[A-Z][A-Z0-9_]*(\\.[A-Z0-9_]+)+");

  /** The constraint attributes each bundle text names, in placeholder order. */
  private static final Map<String, List<String>> ARGUMENTS =
      Map.of(
          "SIZE", List.of("min", "max"),
          "MIN", List.of("value"),
          "MAX", List.of("value"),
          "DECIMALMIN", List.of("value"),
          "DECIMALMAX", List.of("value"),
          "DIGITS", List.of("integer", "fraction"));
}
