package org.linli.kernel.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.linli.kernel.error.DomainException;
import org.linli.kernel.error.ErrorKind;
import org.linli.kernel.error.FieldError;

/**
 * Bean Validation of request bodies, called explicitly by resources so every violation becomes the
 * same 400 problem with field errors (the runtime's own violation mapping differs per server).
 */
@ApplicationScoped
public class RequestValidator {
  @Inject Validator validator;

  public <T> T valid(T body) {
    if (body == null) {
      throw new DomainException(ErrorKind.INVALID_INPUT, "BODY_REQUIRED", "缺少请求体 (body required)");
    }
    var violations = validator.validate(body);
    if (!violations.isEmpty()) {
      List<FieldError> errors =
          violations.stream()
              .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
              .map(RequestValidator::toFieldError)
              .toList();
      throw new DomainException(
          ErrorKind.INVALID_INPUT, "VALIDATION_FAILED", "请求字段无效 (invalid fields)", errors);
    }
    return body;
  }

  private static FieldError toFieldError(ConstraintViolation<?> v) {
    String constraint =
        v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    return new FieldError(v.getPropertyPath().toString(), constraint.toUpperCase(), v.getMessage());
  }
}
