package io.busbar.pricedisplay;

import io.busbar.commands.ChargerCommand;
import io.busbar.commands.CommandStatus;
import io.busbar.commands.InvalidCommandException;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Shows the cost of a running transaction so far: OCPP 2.0.1 CostUpdated (I02), OCPP 1.6 the OCA California
 * pricing "RunningCost" DataTransfer. {@code cost} includes taxes, in the charger's currency.
 *
 * @param transactionId the transaction id as the charger knows it (1.6: the integer Busbar issued)
 * @param at            when the cost was computed
 * @param meterWh       the energy register the cost is based on (1.6 only)
 * @param charging      true while the EV draws energy, false while idle (1.6 state Charging / Idle)
 * @param prices        the unit prices in force (1.6 chargingPrice / idlePrice); 2.0.1 does not carry them
 */
public record ShowRunningCost(String transactionId, Instant at, long meterWh, BigDecimal cost, boolean charging,
                              DisplayPrices prices) implements ChargerCommand<CommandStatus> {
    public ShowRunningCost {
        if (transactionId == null || transactionId.isBlank() || at == null || cost == null) {
            throw new InvalidCommandException("ShowRunningCost needs a transactionId, a time and a cost");
        }
        prices = prices == null ? DisplayPrices.NONE : prices;
    }
}
