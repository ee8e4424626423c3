package io.busbar.sessions;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.platform.units.Energy;

import java.time.Instant;

/** Events the sessions module publishes (Spring Modulith, persisted). */
public final class SessionEvents {
    private SessionEvents() {
    }

    public record SessionStarted(SessionId session, ChargerIdentity charger, int evseId, Instant at) {
    }

    public record SessionEnded(SessionId session, ChargerIdentity charger, int evseId, Energy energy, Instant at) {
    }
}
