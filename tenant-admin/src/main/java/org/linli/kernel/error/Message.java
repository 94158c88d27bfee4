package org.linli.kernel.error;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A text to show a person, by reference: the key of a message in the problem bundles (usually the
 * error code) and the arguments for its placeholders ({@code {0}}, {@code {1}}, ...).
 */
public record Message(String key, List<Object> args) {
  public Message {
    args = args == null ? List.of() : Collections.unmodifiableList(Arrays.asList(args.toArray()));
  }

  public static Message of(String key, Object... args) {
    return new Message(key, args == null ? List.of() : Arrays.asList(args));
  }
}
