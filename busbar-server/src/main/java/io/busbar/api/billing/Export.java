package io.busbar.api.billing;

import io.busbar.api.paging.Page;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The ERP exports' shared rules: every item of a period read page by page up to a bound, as CSV or a JSON array. */
final class Export {
    private Export() {
    }

    static void requireFormat(String format) {
        if (!format.equals("csv") && !format.equals("json")) {
            throw ProblemException.invalid("format", "is csv or json");
        }
    }

    /**
     * Reads every item through {@code page(after, limit)}; more than {@code max} is refused (413) rather than built
     * in memory.
     */
    static <T, K> List<T> all(BiFunction<K, Integer, List<T>> page, Function<T, K> key, int max, String what) {
        List<T> all = new ArrayList<>();
        K after = null;
        while (all.size() <= max) {
            List<T> next = page.apply(after, Page.MAX_LIMIT);
            all.addAll(next);
            if (next.size() < Page.MAX_LIMIT) {
                return all;
            }
            after = key.apply(next.getLast());
        }
        throw new ProblemException(ProblemType.CONTENT_TOO_LARGE,
                "More than " + max + " " + what + " in that period: export it in shorter periods");
    }

    static <T> ResponseEntity<?> respond(String format, List<T> items, Function<T, ?> json,
                                         Function<List<T>, String> csv, String filename) {
        if (format.equals("json")) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(items.stream().map(json).toList());
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv; charset=UTF-8; header=present"))
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .body(csv.apply(items));
    }
}
