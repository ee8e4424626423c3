package io.busbar.dashboard.overview;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The overview's live part (KPI tiles and the per-site counts) as HTML, for the page and for server-sent events.
 * Rendered outside any web request by the stream, so the fragment uses neither link expressions ({@code @{…}}
 * need a web context) nor beans: every value it shows is in {@link #variables}.
 */
@Component
class CountsFragment {
    static final String TEMPLATE = "console/overview";
    static final String FRAGMENT = "counts";

    private final ITemplateEngine templates;

    CountsFragment(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The variables the fragment reads; the page's model gets the same. */
    static Map<String, Object> variables(NetworkStatus network, String contextPath) {
        return Map.of("network", network, "base", contextPath, "categories", List.of(EvseCategory.values()));
    }

    /** One line of HTML (an SSE {@code data:} field holds one line; newlines between tags mean nothing). */
    String render(NetworkStatus network, String contextPath) {
        Context context = new Context(Locale.ENGLISH, variables(network, contextPath));
        return templates.process(TEMPLATE, Set.of(FRAGMENT), context).replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
