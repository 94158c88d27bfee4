package org.linli.kernel.api;

import java.util.List;

/** One page of a cursor-paginated listing; {@code nextCursor} is null on the last page. */
public record Page<T>(List<T> items, String nextCursor) {}
