package io.busbar.api.paging;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: {@code {"items": [...], "next": "<cursor>"}}. {@code next} is null on the last page;
 * otherwise pass it back unchanged ({@code after=} or {@code before=}) for the following page. Cursors are
 * opaque to clients.
 */
public record Page<T>(
        List<T> items,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(description = "Cursor for the next page; null on the last page", nullable = true)
        String next) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    /** A list that is never paged (small by nature, e.g. sites, API keys). */
    public static <T> Page<T> all(List<T> items) {
        return new Page<>(items, null);
    }

    /**
     * Builds a page from up to {@code limit + 1} fetched rows: the extra row only tells that there is more, so
     * the last page never needs an empty follow-up request.
     */
    public static <D, T> Page<T> of(List<D> fetched, int limit, Function<D, String> cursor, Function<D, T> toItem) {
        boolean more = fetched.size() > limit;
        List<D> page = more ? fetched.subList(0, limit) : fetched;
        return new Page<>(page.stream().map(toItem).toList(), more ? cursor.apply(page.getLast()) : null);
    }
}
