package io.busbar.availability;

import io.busbar.chargers.SiteId;

import java.util.List;

/** What a subscriber of a tenant's availability receives, numbered by a per-tenant, increasing sequence. */
public sealed interface FeedEvent {
    long sequence();

    /** An EVSE changed for drivers (status, connectors or price). */
    record EvseChanged(long sequence, SiteId location, PublicEvse evse) implements FeedEvent {
    }

    /**
     * Everything, when the changes a reconnecting subscriber missed are no longer kept: it replaces what the
     * subscriber knew.
     */
    record Snapshot(long sequence, List<PublicLocation> locations) implements FeedEvent {
    }
}
