package io.busbar.smartcharging.allocation;

import io.busbar.platform.units.Current;
import io.busbar.platform.units.Energy;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An EV plugged into an EVSE, as far as the allocator knows it. Everything but the EVSE and the plug-in time is
 * optional: {@code energyRequired} and {@code departure} come from the driver's app, OCPP 2.0.1
 * NotifyEVChargingNeeds or ISO 15118 (the site default dwell replaces a missing departure); {@code measuredCurrent}
 * is the highest per-phase current last metered (an EV that draws clearly less than its last limit gets its unused
 * share reallocated); {@code priority}: a higher class is served before any lower one (0 = default).
 */
public record ConnectedEv(String evseId, Instant pluggedInAt, EvPhases phases, Optional<Current> evMaxCurrent,
                          Optional<Current> evMinCurrent, Optional<Energy> energyRequired, Optional<Instant> departure,
                          OptionalInt stateOfChargePercent, int priority, Optional<Current> measuredCurrent,
                          Optional<Current> lastLimit) {
    public ConnectedEv {
        Objects.requireNonNull(evseId, "evseId");
        Objects.requireNonNull(pluggedInAt, "pluggedInAt");
        Objects.requireNonNull(phases, "phases");
        Objects.requireNonNull(evMaxCurrent, "evMaxCurrent");
        Objects.requireNonNull(evMinCurrent, "evMinCurrent");
        Objects.requireNonNull(energyRequired, "energyRequired");
        Objects.requireNonNull(departure, "departure");
        Objects.requireNonNull(stateOfChargePercent, "stateOfChargePercent");
        Objects.requireNonNull(measuredCurrent, "measuredCurrent");
        Objects.requireNonNull(lastLimit, "lastLimit");
        energyRequired.ifPresent(energy -> {
            if (energy.wattHours() < 0) {
                throw new IllegalArgumentException("EV on " + evseId + ": energy required must not be negative");
            }
        });
        stateOfChargePercent.ifPresent(soc -> {
            if (soc < 0 || soc > 100) {
                throw new IllegalArgumentException("EV on " + evseId + ": SoC must be 0..100, got " + soc);
            }
        });
    }

    public static Builder on(String evseId, Instant pluggedInAt) {
        return new Builder(evseId, pluggedInAt);
    }

    /** Builds a {@link ConnectedEv}; only the EVSE and plug-in time are required. */
    public static final class Builder {
        private final String evseId;
        private final Instant pluggedInAt;
        private EvPhases phases = EvPhases.UNKNOWN;
        private Current evMax;
        private Current evMin;
        private Energy energy;
        private Instant departure;
        private Integer soc;
        private int priority;
        private Current measured;
        private Current lastLimit;

        private Builder(String evseId, Instant pluggedInAt) {
            this.evseId = evseId;
            this.pluggedInAt = pluggedInAt;
        }

        public Builder phases(EvPhases value) { this.phases = value; return this; }
        public Builder maxCurrent(Current value) { this.evMax = value; return this; }
        public Builder minCurrent(Current value) { this.evMin = value; return this; }
        public Builder needs(Energy value) { this.energy = value; return this; }
        public Builder departsAt(Instant value) { this.departure = value; return this; }
        public Builder stateOfCharge(int percent) { this.soc = percent; return this; }
        public Builder priority(int value) { this.priority = value; return this; }
        public Builder measured(Current value) { this.measured = value; return this; }
        public Builder lastLimit(Current value) { this.lastLimit = value; return this; }

        public ConnectedEv build() {
            return new ConnectedEv(evseId, pluggedInAt, phases, Optional.ofNullable(evMax), Optional.ofNullable(evMin),
                    Optional.ofNullable(energy), Optional.ofNullable(departure),
                    soc == null ? OptionalInt.empty() : OptionalInt.of(soc), priority, Optional.ofNullable(measured),
                    Optional.ofNullable(lastLimit));
        }
    }
}
