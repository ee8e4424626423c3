package io.busbar.availability.internal;

import io.busbar.chargers.ConnectorType;
import io.busbar.platform.units.Power;

/** A connector's plug type and maximum power as far as known (either may be null). */
record ConnectorDescription(ConnectorType type, Power maxPower) {
    static final ConnectorDescription UNKNOWN = new ConnectorDescription(null, null);

    /** This one's known fields, the other's where this one knows nothing. */
    ConnectorDescription orElse(ConnectorDescription other) {
        return new ConnectorDescription(type != null ? type : other.type, maxPower != null ? maxPower : other.maxPower);
    }
}
