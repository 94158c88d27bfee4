package org.linli.kernel.api;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** One page of a cursor-paginated listing; {@code nextCursor} is null on the last page. */
@JsonbNillable
public record Page<T>(List<T> items, String nextCursor) {}
