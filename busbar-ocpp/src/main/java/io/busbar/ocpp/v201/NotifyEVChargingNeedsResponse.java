package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code NotifyEVChargingNeeds} response. */
public record NotifyEVChargingNeedsResponse(
        @Required NotifyEVChargingNeedsStatus status,
        StatusInfo statusInfo) {
}
