package org.linli.kernel.api.json;

import jakarta.annotation.Priority;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Every JSON request body of the API is read here, strictly, instead of by the runtime's lenient
 * JSON-B reader (which takes {@code [{...}]} for an object, {@code 12} for a string, ignores
 * trailing content and unknown fields). Application providers win over the runtime's own for the
 * same type and media type (Jakarta REST 3.1, 4.1.3); the priority orders it before any other
 * application reader. Responses are still written by JSON-B.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
@Priority(StrictJsonReader.PRIORITY)
public class StrictJsonReader implements MessageBodyReader<Object> {
  static final int PRIORITY = 100;

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return isJson(mediaType) && !type.isArray() && !InputStream.class.isAssignableFrom(type);
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream)
      throws IOException {
    return read(entityStream, genericType == null ? type : genericType);
  }

  static Object read(InputStream entityStream, Type type) throws IOException {
    JsonValue tree = StrictJsonParser.parse(entityStream.readAllBytes());
    return JsonBinder.bind(tree, type);
  }

  static boolean isJson(MediaType mediaType) {
    if (mediaType == null) {
      return false;
    }
    String subtype = mediaType.getSubtype().toLowerCase();
    return ("application".equalsIgnoreCase(mediaType.getType())
            && ("json".equals(subtype) || subtype.endsWith("+json")))
        || ("text".equalsIgnoreCase(mediaType.getType()) && "json".equals(subtype));
  }
}
