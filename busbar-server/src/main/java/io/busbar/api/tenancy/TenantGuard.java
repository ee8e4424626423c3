package io.busbar.api.tenancy;

import io.busbar.api.keys.Caller;
import io.busbar.api.keys.Callers;
import io.busbar.tenants.TenantId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tenant isolation for every operation that names a resource in its path: before the handler runs, each path
 * variable is resolved to the tenant owning it (by the {@link OwnedResources} of its collection); a resource of
 * another tenant is answered exactly like a missing one. List operations filter by {@link Callers#tenant()} in their
 * queries; this guard covers the rest, so a handler never sees another tenant's id.
 */
class TenantGuard implements HandlerInterceptor {
    private final OwnershipRegistry ownership;

    TenantGuard(OwnershipRegistry ownership) {
        this.ownership = ownership;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod) || !(request.getAttribute(Callers.CALLER_ATTRIBUTE) instanceof Caller caller)) {
            return true;
        }
        String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        @SuppressWarnings("unchecked")
        Map<String, String> values = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        for (PathVariableRef variable : PathVariableRef.of(pattern)) {
            check(caller.tenant(), variable, values == null ? null : values.get(variable.name()));
        }
        return true;
    }

    private void check(TenantId tenant, PathVariableRef variable, String value) {
        if (value == null || ownership.isChild(variable.collection())) {
            return;
        }
        OwnedResources resources = ownership.resolverOf(variable.collection());
        Optional<TenantId> owner = resources.owner(value);
        if (owner.isPresent() && !owner.get().equals(tenant)) {
            throw resources.notFound(value);
        }
    }

    /** A variable of a URL pattern and the collection segment just before it. */
    record PathVariableRef(String collection, String name) {
        static List<PathVariableRef> of(String pattern) {
            if (pattern == null) {
                return List.of();
            }
            String[] segments = pattern.split("/");
            java.util.ArrayList<PathVariableRef> refs = new java.util.ArrayList<>();
            for (int i = 1; i < segments.length; i++) {
                String segment = segments[i];
                if (segment.startsWith("{") && segment.endsWith("}")) {
                    String name = segment.substring(1, segment.length() - 1);
                    int colon = name.indexOf(':');
                    refs.add(new PathVariableRef(segments[i - 1], colon < 0 ? name : name.substring(0, colon)));
                }
            }
            return List.copyOf(refs);
        }
    }
}
