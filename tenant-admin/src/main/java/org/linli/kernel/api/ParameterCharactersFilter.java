package org.linli.kernel.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import org.linli.kernel.api.json.TextRules;

/**
 * Path and query parameters obey the same character rules as body text, before access control looks
 * at them: a control character in an id or a filter is refused as INVALID_CHARACTERS naming the
 * parameter, instead of reaching a query (PostgreSQL refuses NUL with a 500).
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class ParameterCharactersFilter implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext request) {
    check(request.getUriInfo().getPathParameters(false));
    check(request.getUriInfo().getQueryParameters(false));
  }

  private static void check(MultivaluedMap<String, String> parameters) {
    for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
      String name = TextRules.percentDecode(p.getKey());
      if (name == null || !TextRules.isClean(name)) {
        throw TextRules.invalidCharacters("query");
      }
      for (String value : p.getValue()) {
        String decoded = value == null ? "" : TextRules.percentDecode(value);
        if (decoded == null || !TextRules.isClean(decoded)) {
          throw TextRules.invalidCharacters(name);
        }
      }
    }
  }
}
