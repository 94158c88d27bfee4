package org.linli.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.linli.kernel.api.Problems;
import org.linli.kernel.api.json.TextRules;
import org.linli.kernel.i18n.Languages;

/**
 * A request path whose escapes are not UTF-8 ({@code %FF}, {@code %C3}, an encoded surrogate) is
 * answered INVALID_CHARACTERS on field {@code path} here, before the JAX-RS runtime, which would
 * otherwise refuse it with the web container's text/html 400 (RESTEasy cannot decode it, so no
 * resource or parameter filter ever runs). Decodable paths pass on: their characters are checked
 * per path parameter by ParameterCharactersFilter, which can name the parameter. Encoded ASCII
 * control characters never get this far (Liberty refuses them before any application code).
 */
@WebFilter("/api/*")
public class PathEncodingFilter extends HttpFilter {
  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (TextRules.percentDecode(request.getRequestURI()) != null) {
      chain.doFilter(request, response);
      return;
    }
    Response problem =
        Problems.of(
            TextRules.invalidCharacters("path"),
            Languages.negotiate(request.getHeader("Accept-Language")));
    response.setStatus(problem.getStatus());
    for (Map.Entry<String, List<String>> header : problem.getStringHeaders().entrySet()) {
      for (String value : header.getValue()) {
        response.addHeader(header.getKey(), value);
      }
    }
    response.setContentType(Problems.PROBLEM_JSON.toString());
    response.setCharacterEncoding("UTF-8");
    response
        .getOutputStream()
        .write(((String) problem.getEntity()).getBytes(StandardCharsets.UTF_8));
  }
}
