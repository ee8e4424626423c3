package io.busbar.dashboard.meters;

import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * One sampled value of a session as the API lists it ({@code GET /api/v1/sessions/{id}/meter-values}):
 * the OCPP measurand name (Power.Active.Import, Energy.Active.Import.Register, SoC, Temperature, Voltage, ...), its
 * phase and location when the charger gave them, and the value in the charger's unit.
 */
record MeterReading(Instant timestamp, String measurand, String phase, String location, String unit, BigDecimal value) {

    /** The reading of one item of the API's list; empty when it lacks a time, a measurand or a number. */
    static Optional<MeterReading> of(JsonNode item) {
        String measurand = item.path("measurand").asString("");
        JsonNode value = item.path("value");
        if (measurand.isBlank() || !(value.isNumber() || value.isString())) {
            return Optional.empty();
        }
        try {
            return Optional.of(new MeterReading(Instant.parse(item.path("timestamp").asString("")), measurand,
                    blankToNull(item.path("phase").asString(null)), blankToNull(item.path("location").asString(null)),
                    blankToNull(item.path("unit").asString(null)),
                    value.isNumber() ? value.decimalValue() : new BigDecimal(value.asString().strip())));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
