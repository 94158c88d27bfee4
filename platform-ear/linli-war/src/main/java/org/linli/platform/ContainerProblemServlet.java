package org.linli.platform;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Renders the security container's rejections (missing or invalid token) as problem+json, so
 * clients see one error format whether the container or the application refused them.
 */
@WebServlet("/problem/*")
public class ContainerProblemServlet extends HttpServlet {
  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean unauthenticated = "/401".equals(request.getPathInfo());
    int status = unauthenticated ? 401 : 403;
    String code = unauthenticated ? "UNAUTHENTICATED" : "FORBIDDEN";
    String detail =
        unauthenticated ? "需要有效的访问令牌 (a valid bearer token is required)" : "无权访问 (access denied)";
    response.setStatus(status);
    if (unauthenticated) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"linli\"");
    }
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response
        .getOutputStream()
        .write(
            ("{\"type\":\"urn:linli:problem:"
                    + code
                    + "\",\"title\":\""
                    + (unauthenticated ? "Authentication required" : "Forbidden")
                    + "\",\"status\":"
                    + status
                    + ",\"code\":\""
                    + code
                    + "\",\"detail\":\""
                    + detail
                    + "\"}")
                .getBytes(StandardCharsets.UTF_8));
  }
}
