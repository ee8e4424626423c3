package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

import java.time.Instant;
import java.util.List;

/** Sampled values taken at one instant. */
public record MeterValue(
        @Required Instant timestamp,
        @Required List<SampledValue> sampledValue) {
}
