package org.linli.kernel.api;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a cursor-paginated listing; {@code nextCursor} is null on the last page. */
@JsonbNillable
public record Page<T>(
    @Schema(required = true) List<T> items,
    @Schema(required = true, nullable = true, description = "null on the last page")
        String nextCursor) {}
