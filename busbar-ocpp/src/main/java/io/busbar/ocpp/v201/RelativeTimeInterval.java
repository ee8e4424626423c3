package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code RelativeTimeIntervalType}. */
public record RelativeTimeInterval(
        @Required Integer start,
        Integer duration) {
}
