package io.busbar.commands;

/**
 * Asks what the charger will allow an EVSE ({@code evseId} 0 = the grid connection of the whole charger) over the
 * next {@code durationSeconds}, all charging profiles combined (OCPP 1.6 §5.7, 2.0.1 K08). {@code chargingRateUnit}
 * is "A", "W" or null (the charger's choice).
 */
public record GetCompositeSchedule(int evseId, int durationSeconds, String chargingRateUnit)
        implements ChargerCommand<CompositeScheduleResult> {
    public GetCompositeSchedule {
        if (evseId < 0) {
            throw new InvalidCommandException("evseId must be 0 or more");
        }
        if (durationSeconds < 1) {
            throw new InvalidCommandException("durationSeconds must be 1 or more");
        }
        if (chargingRateUnit != null && !chargingRateUnit.equals("A") && !chargingRateUnit.equals("W")) {
            throw new InvalidCommandException("chargingRateUnit must be A, W or absent");
        }
    }
}
