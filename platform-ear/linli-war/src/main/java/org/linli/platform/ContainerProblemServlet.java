package org.linli.platform;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.linli.kernel.api.json.TextRules;

/**
 * Renders the container's own rejections as problem+json, so clients see one error format whether
 * the container or the application refused them: a missing or invalid token (401/403), and a
 * request URI the servlet container refuses before the application sees it (400; an encoded NUL or
 * otherwise improperly encoded characters).
 */
@WebServlet("/problem/*")
public class ContainerProblemServlet extends HttpServlet {
  private record Problem(int status, String title, String code, String detail, String field) {}

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Problem problem = problem(request);
    response.setStatus(problem.status());
    if (problem.status() == 401) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"linli\"");
    }
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("type", "urn:linli:problem:" + problem.code())
            .add("title", problem.title())
            .add("status", problem.status())
            .add("code", problem.code())
            .add("detail", problem.detail());
    if (problem.field() != null) {
      body.add(
          "errors",
          Json.createArrayBuilder()
              .add(
                  Json.createObjectBuilder()
                      .add("field", problem.field())
                      .add("code", problem.code())
                      .add("message", problem.detail())));
    }
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.getOutputStream().write(body.build().toString().getBytes(StandardCharsets.UTF_8));
  }

  private static Problem problem(HttpServletRequest request) {
    String which = request.getPathInfo();
    if ("/401".equals(which)) {
      return new Problem(
          401,
          "Authentication required",
          "UNAUTHENTICATED",
          "需要有效的访问令牌 (a valid bearer token is required)",
          null);
    }
    if ("/400".equals(which)) {
      Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
      String decoded = uri == null ? null : TextRules.percentDecode(uri.toString());
      if (decoded == null || !TextRules.isClean(decoded)) {
        var invalid = TextRules.invalidCharacters("path");
        return new Problem(
            400, "Invalid input", TextRules.INVALID_CHARACTERS, invalid.getMessage(), "path");
      }
      return new Problem(
          400, "Bad Request", "MALFORMED_REQUEST", "请求无法解析 (the request could not be read)", null);
    }
    return new Problem(403, "Forbidden", "FORBIDDEN", "无权访问 (access denied)", null);
  }
}
