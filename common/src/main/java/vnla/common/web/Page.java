package vnla.common.web;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items, where it starts, and how many there are in all. */
public record Page<T>(
        @Schema(maxItems = 100, description = "At most size items (size is at most " + Page.MAX_SIZE + ")") List<T> items,
        @Schema(minimum = "0", maximum = "2147483647") int page,
        @Schema(minimum = "1", maximum = Page.MAX_SIZE) int size,
        @Schema(minimum = "0", maximum = "9223372036854775807") long totalItems) {

    public static final String MAX_SIZE = "100";
    public static final String DEFAULT_SIZE = "20";

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }
}
