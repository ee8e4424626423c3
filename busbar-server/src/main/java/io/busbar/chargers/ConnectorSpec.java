package io.busbar.chargers;

import io.busbar.platform.units.Power;

import java.time.Instant;

/**
 * What a connector is, as drivers need to know it: its plug standard and the most power it delivers. Either may
 * be unknown (null).
 *
 * @param updatedAt when it was last set
 */
public record ConnectorSpec(int evseId, int connectorId, ConnectorType type, Power maxPower, Instant updatedAt) {
    /** The largest power accepted: 2 MW (the largest truck chargers deliver about 1 MW per EVSE). */
    public static final Power LARGEST = Power.ofWatts(2_000_000);

    public ConnectorSpec {
        if (evseId < 1 || connectorId < 1) {
            throw new IllegalArgumentException("EVSE and connector ids start at 1");
        }
        if (maxPower != null && (maxPower.watts() < 1 || maxPower.compareTo(LARGEST) > 0)) {
            throw new IllegalArgumentException("The maximum power must be 1 W to 2 MW, not " + maxPower);
        }
    }
}
