package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code GetCompositeSchedule} response. */
public record GetCompositeScheduleResponse(
        @Required GenericStatus status,
        StatusInfo statusInfo,
        CompositeSchedule schedule) {
}
