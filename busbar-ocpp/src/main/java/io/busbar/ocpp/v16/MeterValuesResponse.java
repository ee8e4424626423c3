package io.busbar.ocpp.v16;

/** MeterValues.conf (1.6 §6.32): no fields. */
public record MeterValuesResponse() {
}
