package io.busbar.api.driver;

import io.busbar.drivers.DriverPrincipal;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The driver the {@link DriverTokenFilter} authenticated for the current request. */
final class CurrentDriver {
    private CurrentDriver() {
    }

    /** @throws IllegalStateException outside an authenticated driver request (a wiring bug, never a client error) */
    static DriverPrincipal get() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        Object principal = attributes == null ? null
                : attributes.getAttribute(DriverTokenFilter.PRINCIPAL_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (principal instanceof DriverPrincipal driver) {
            return driver;
        }
        throw new IllegalStateException("No authenticated driver in this request");
    }
}
