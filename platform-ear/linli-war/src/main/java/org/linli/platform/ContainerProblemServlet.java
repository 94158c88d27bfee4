package org.linli.platform;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.linli.kernel.i18n.Languages;
import org.linli.kernel.i18n.ProblemMessages;

/**
 * Renders the security container's rejections (missing or invalid token) as problem+json, so
 * clients see one error format, in their language, whether the container or the application refused
 * them.
 */
@WebServlet("/problem/*")
public class ContainerProblemServlet extends HttpServlet {
  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean unauthenticated = "/401".equals(request.getPathInfo());
    int status = unauthenticated ? 401 : 403;
    String code = unauthenticated ? "UNAUTHENTICATED" : "FORBIDDEN";
    Locale locale = Languages.negotiate(request.getHeader("Accept-Language"));
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("type", "urn:linli:problem:" + code)
            .add("title", unauthenticated ? "Authentication required" : "Forbidden")
            .add("status", status)
            .add("code", code);
    ProblemMessages.format(locale, code, List.of()).ifPresent(text -> body.add("detail", text));
    response.setStatus(status);
    if (unauthenticated) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"linli\"");
    }
    response.setHeader("Content-Language", Languages.tag(locale));
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.getOutputStream().write(body.build().toString().getBytes(StandardCharsets.UTF_8));
  }
}
