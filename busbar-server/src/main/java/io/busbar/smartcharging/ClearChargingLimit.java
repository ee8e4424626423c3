package io.busbar.smartcharging;

import io.busbar.commands.ChargerCommand;
import io.busbar.commands.CommandStatus;
import io.busbar.commands.InvalidCommandException;

/**
 * Clears charging profiles (OCPP 1.6 §5.5 ClearChargingProfile, 2.0.1 K10): the one with {@code profileId}, or
 * else every profile matching all given criteria ({@code evseId}, {@code purpose}, {@code stackLevel}); nothing given
 * clears all. The answer is Accepted or Unknown (nothing matched).
 */
public record ClearChargingLimit(Integer profileId, Integer evseId, Purpose purpose, Integer stackLevel)
        implements ChargerCommand<CommandStatus> {

    /** The profile purposes both versions share; {@code CHARGER_MAX} is 1.6 ChargePointMaxProfile / 2.0.1 ChargingStationMaxProfile. */
    public enum Purpose {
        TX_PROFILE, TX_DEFAULT_PROFILE, CHARGER_MAX
    }

    public ClearChargingLimit {
        if (evseId != null && evseId < 0) {
            throw new InvalidCommandException("evseId must be 0 or more");
        }
        if (stackLevel != null && stackLevel < 0) {
            throw new InvalidCommandException("stackLevel must be 0 or more");
        }
    }
}
