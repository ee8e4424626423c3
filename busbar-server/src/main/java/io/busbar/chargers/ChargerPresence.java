package io.busbar.chargers;

import java.time.Instant;
import java.util.List;

/** Online / offline / last seen, with a history of transitions. Publishes {@link ChargerWentOnline}/{@link ChargerWentOffline}. */
public interface ChargerPresence {
    void connected(ChargerIdentity identity, String protocol, String remoteAddress, Instant at);

    /** @param reason why the link ended, e.g. "closed by charger", "link dead", "replaced". */
    void disconnected(ChargerIdentity identity, String reason, Instant at);

    /**
     * A sign of life, e.g. a heartbeat: moves last seen forward. Last seen is a liveness hint, not an acknowledged
     * fact: it is kept in memory and written in batches, so the stored value may lag by one
     * {@code busbar.presence.flush-interval} (and a crash may lose that lag). Reads through this node's
     * {@link ChargerRegistry} show the latest value.
     */
    void seen(ChargerIdentity identity, Instant at);

    List<PresenceEvent> history(ChargerIdentity identity, int limit);

    record PresenceEvent(ChargerIdentity charger, boolean online, String detail, Instant at) {
    }
}
