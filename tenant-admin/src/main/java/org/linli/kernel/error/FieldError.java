package org.linli.kernel.error;

/** One invalid field of a request: its JSON path, a stable code and a human message. */
public record FieldError(String field, String code, String message) {}
