package org.linli.kernel.api.json;

import jakarta.annotation.Priority;
import jakarta.json.JsonObject;
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
 * The same strict reading for free-form JSON-P bodies (organization settings): the runtime picks
 * the reader declared for the most specific type, so {@link StrictJsonReader}, declared for Object,
 * would lose to the runtime's own JsonObject reader.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
@Priority(StrictJsonReader.PRIORITY)
public class StrictJsonObjectReader implements MessageBodyReader<JsonObject> {
  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return StrictJsonReader.isJson(mediaType) && type == JsonObject.class;
  }

  @Override
  public JsonObject readFrom(
      Class<JsonObject> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream)
      throws IOException {
    return (JsonObject) StrictJsonReader.read(entityStream, JsonObject.class);
  }
}
