package io.busbar.smartcharging.allocation;

import io.busbar.platform.units.Power;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The allocator's answer for one instant: one limit per EV in the state, in the state's order. */
public record Allocation(Instant at, List<EvseLimit> limits, Power allocatedPower) {
    public Allocation {
        Objects.requireNonNull(at, "at");
        limits = List.copyOf(limits);
        Objects.requireNonNull(allocatedPower, "allocatedPower");
    }

    public Optional<EvseLimit> limitOf(String evseId) {
        return limits.stream().filter(limit -> limit.evseId().equals(evseId)).findFirst();
    }
}
