package io.busbar.sessions;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.platform.units.Energy;

import java.time.Instant;
import java.util.List;

/** Events the sessions module publishes (Spring Modulith, persisted). */
public final class SessionEvents {
    private SessionEvents() {
    }

    public record SessionStarted(SessionId session, ChargerIdentity charger, int evseId, Instant at) {
    }

    /**
     * Meter readings were stored for an EVSE ({@code session} null when not tied to a known session). A high-volume
     * stream for live views such as load management: listen synchronously ({@code @EventListener}, in memory, not
     * persisted); a missed one is superseded by the next reading.
     */
    public record ReadingsRecorded(ChargerIdentity charger, int evseId, SessionId session,
                                   List<MeterReading> readings) {
    }

    public record SessionEnded(SessionId session, ChargerIdentity charger, int evseId, Energy energy, Instant at) {
    }
}
