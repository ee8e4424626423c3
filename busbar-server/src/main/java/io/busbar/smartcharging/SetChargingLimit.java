package io.busbar.smartcharging;

import io.busbar.commands.ChargerCommand;
import io.busbar.commands.CommandStatus;
import io.busbar.commands.InvalidCommandException;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Limits the transaction running on one EVSE: a TxProfile with one period (OCPP 1.6 §5.16 SetChargingProfile with
 * csChargingProfiles purpose TxProfile; 2.0.1 K01 SetChargingProfile TxProfile). {@code limit} is per phase in A or
 * in total in W; {@code numberPhases} null = the charger's default (3). With {@code startSchedule} the schedule is
 * Absolute from then for {@code durationSeconds} (then the charger falls back to its TxDefaultProfile, the
 * fail-safe: this is how Busbar's limits expire when Busbar goes away); without it the schedule is Relative to the
 * transaction start. {@code transactionId}: the 1.6 transaction number Busbar issued, or the 2.0.1 charger's id.
 */
public record SetChargingLimit(int evseId, String transactionId, BigDecimal limit, ChargingRateUnit unit,
                               Integer numberPhases, int profileId, int stackLevel, Instant startSchedule,
                               Integer durationSeconds) implements ChargerCommand<CommandStatus> {
    public SetChargingLimit {
        if (evseId < 1) {
            throw new InvalidCommandException("evseId must be 1 or more: a TxProfile is set on an EVSE");
        }
        if (transactionId == null || transactionId.isBlank()) {
            throw new InvalidCommandException("transactionId is required for a TxProfile");
        }
        LimitValues.limit(limit);
        ChargingRateUnit.require(unit);
        LimitValues.phases(numberPhases);
        LimitValues.profile(profileId, stackLevel);
        if (durationSeconds != null && durationSeconds < 1) {
            throw new InvalidCommandException("durationSeconds must be 1 or more");
        }
    }
}
