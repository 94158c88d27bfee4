package org.linli.kernel.error;

/** The kinds of failure a caller can act on, each with its HTTP status. */
public enum ErrorKind {
  INVALID_INPUT(400, "Invalid input"),
  UNAUTHENTICATED(401, "Authentication required"),
  FORBIDDEN(403, "Forbidden"),
  NOT_FOUND(404, "Not found"),
  CONFLICT(409, "Conflict"),
  PRECONDITION_FAILED(412, "Precondition failed"),
  PRECONDITION_REQUIRED(428, "Precondition required"),
  RULE_VIOLATION(422, "Rule violation"),
  UNAVAILABLE(503, "Service unavailable");

  private final int status;
  private final String title;

  ErrorKind(int status, String title) {
    this.status = status;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }
}
