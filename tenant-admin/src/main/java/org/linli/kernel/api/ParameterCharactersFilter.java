package org.linli.kernel.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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

  /**
   * Percent-decodes as UTF-8, strictly: null when the escapes are not UTF-8 (the runtime's own
   * decoding would silently turn them into U+FFFD).
   */
  static String decode(String encoded) {
    if (encoded.indexOf('%') < 0) {
      return encoded;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%' && isHex(encoded, i + 1) && isHex(encoded, i + 2)) {
        bytes.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        byte[] plain = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(plain, 0, plain.length);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean isHex(String s, int i) {
    return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
  }

  private static void check(MultivaluedMap<String, String> parameters) {
    for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
      String name = decode(p.getKey());
      if (name == null || !TextRules.isClean(name)) {
        throw TextRules.invalidCharacters("query");
      }
      for (String value : p.getValue()) {
        String decoded = value == null ? "" : decode(value);
        if (decoded == null || !TextRules.isClean(decoded)) {
          throw TextRules.invalidCharacters(name);
        }
      }
    }
  }
}
