package io.busbar.api.keys;

import io.busbar.commands.Actor;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** Who is calling the API in the current request, for audit logs. */
public final class Callers {
    private Callers() {
    }

    /** The API key that authenticated the current request as an {@link Actor}. */
    public static Actor current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        Object key = attributes == null ? null
                : attributes.getAttribute(ApiKeyFilter.API_KEY_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (key instanceof ApiKey apiKey) {
            return Actor.apiKey(apiKey.id().toString(), apiKey.name());
        }
        throw new IllegalStateException("No authenticated API key in this request");
    }
}
