package io.busbar.smartcharging.replay;

import io.busbar.platform.units.Energy;
import io.busbar.platform.units.Power;
import io.busbar.smartcharging.allocation.EvPhases;

import java.time.Instant;
import java.util.Objects;

/** One charging session of a history: when an EV was plugged into which EVSE, what it wanted and could take. */
public record ReplaySession(String id, String evseId, Instant arrival, Instant departure, Energy requested,
                            Power evMaxPower, EvPhases phases, int priority) {
    public ReplaySession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(evseId, "evseId");
        Objects.requireNonNull(arrival, "arrival");
        Objects.requireNonNull(departure, "departure");
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(evMaxPower, "evMaxPower");
        Objects.requireNonNull(phases, "phases");
        if (!departure.isAfter(arrival)) {
            throw new IllegalArgumentException("session " + id + ": departure " + departure + " is not after arrival " + arrival);
        }
    }
}
