package io.busbar.smartcharging;

import io.busbar.commands.ChargerCommand;
import io.busbar.commands.CommandStatus;

import io.busbar.commands.InvalidCommandException;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The limit every transaction of the charger starts with and falls back to when its TxProfile ends or expires: a
 * TxDefaultProfile for all EVSEs (OCPP 1.6 §3.13.2 connectorId 0; 2.0.1 K01 evseId 0), Relative, no duration, so
 * it holds while Busbar is unreachable. {@code limit} is per EVSE (per phase in A or in total in W). With
 * {@code startSchedule} and {@code durationSeconds} the default is Absolute and lapses after that time (Busbar's
 * 0 A "online default" on a higher stack level: new transactions wait for their allocation while Busbar is there).
 *
 * <p>Why not the charger maximum profile: ChargePointMaxProfile / ChargingStationMaxProfile also caps the TxProfiles
 * Busbar sends while online, so it would hold every charger at its offline share all the time.
 */
public record SetFailSafeLimit(BigDecimal limit, ChargingRateUnit unit, Integer numberPhases, int profileId,
                               int stackLevel, Instant startSchedule, Integer durationSeconds)
        implements ChargerCommand<CommandStatus> {
    public SetFailSafeLimit {
        if (durationSeconds != null && (durationSeconds < 1 || startSchedule == null)) {
            throw new InvalidCommandException("durationSeconds must be 1 or more, with a startSchedule");
        }
        LimitValues.limit(limit);
        ChargingRateUnit.require(unit);
        LimitValues.phases(numberPhases);
        LimitValues.profile(profileId, stackLevel);
    }
}
