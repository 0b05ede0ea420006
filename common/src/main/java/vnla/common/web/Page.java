package vnla.common.web;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, where it starts, and how many there are in all. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    public static final String MAX_SIZE = "100";
    public static final String DEFAULT_SIZE = "20";

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }
}
