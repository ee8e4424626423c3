package io.busbar.api.keys;

import io.busbar.commands.Actor;
import io.busbar.tenants.TenantId;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** Who is calling the API in the current request: its tenant (for every query) and its actor (for audit logs). */
public final class Callers {
    /** The request attribute holding the authenticated {@link Caller}. */
    public static final String CALLER_ATTRIBUTE = Caller.class.getName();

    private Callers() {
    }

    /** The authenticated caller of the current request. @throws IllegalStateException outside one */
    public static Caller caller() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        Object caller = attributes == null ? null
                : attributes.getAttribute(CALLER_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (caller instanceof Caller known) {
            return known;
        }
        throw new IllegalStateException("No authenticated caller in this request");
    }

    /** The tenant whose data the current request may see and change. */
    public static TenantId tenant() {
        return caller().tenant();
    }

    /** The caller as an {@link Actor}, for audit logs. */
    public static Actor current() {
        return caller().actor();
    }
}
