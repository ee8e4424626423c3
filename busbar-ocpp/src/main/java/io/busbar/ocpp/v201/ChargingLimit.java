package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code ChargingLimitType}. */
public record ChargingLimit(
        @Required ChargingLimitSource chargingLimitSource,
        Boolean isGridCritical) {
}
