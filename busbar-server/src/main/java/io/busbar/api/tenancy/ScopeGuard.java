package io.busbar.api.tenancy;

import io.busbar.api.keys.Caller;
import io.busbar.api.keys.Callers;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.tenants.Area;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Optional;

/**
 * Least privilege: an operation runs only when the caller holds a scope for its {@link AreaOfPath area} (read or
 * write). Fails closed: an operation whose area is unknown is refused (and logged, because it is a bug).
 */
class ScopeGuard implements HandlerInterceptor {
    private static final Logger log = LoggerFactory.getLogger(ScopeGuard.class);

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod) || !(request.getAttribute(Callers.CALLER_ATTRIBUTE) instanceof Caller caller)) {
            return true;
        }
        String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (AreaOfPath.platformOnly(pattern)) {
            if (!caller.platform()) {
                throw new ProblemException(ProblemType.FORBIDDEN, "Only the platform operator manages tenants");
            }
            return true;
        }
        Optional<Area> area = AreaOfPath.of(pattern);
        if (area.isEmpty()) {
            log.error("No scope area for {} {}: refused; add it to AreaOfPath", request.getMethod(), pattern);
            throw new ProblemException(ProblemType.FORBIDDEN, "This operation is not open to your credentials");
        }
        boolean write = AreaOfPath.writes(request.getMethod(), pattern);
        if (!caller.may(area.get(), write)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "This needs the scope '" + area.get().literal()
                    + (write ? ":write" : ":read") + "' (or admin)");
        }
        return true;
    }
}
