package io.busbar.webhooks;

import java.net.URI;
import java.util.Objects;
import java.util.Set;

/**
 * What a subscription is: where to, for what, whether it is on.
 *
 * @param eventTypes empty = every subscribable type
 */
public record WebhookSpec(URI url, Set<EventType> eventTypes, String description, boolean active) {
    public WebhookSpec {
        Objects.requireNonNull(url, "url");
        eventTypes = eventTypes == null ? Set.of() : Set.copyOf(eventTypes);
    }
}
