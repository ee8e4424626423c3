package io.busbar.pricedisplay;

import io.busbar.commands.ChargerCommand;
import io.busbar.commands.CommandStatus;
import io.busbar.commands.InvalidCommandException;

import java.math.BigDecimal;

/**
 * Shows the final cost of a transaction after it ended (OCA California pricing "FinalCost", OCPP 1.6 only: 2.0.1
 * answers TransactionEvent Ended with totalCost, I03). {@code cost} includes taxes.
 */
public record ShowFinalCost(String transactionId, BigDecimal cost, String priceText)
        implements ChargerCommand<CommandStatus> {
    public ShowFinalCost {
        if (transactionId == null || transactionId.isBlank() || cost == null || priceText == null) {
            throw new InvalidCommandException("ShowFinalCost needs a transactionId, a cost and a priceText");
        }
    }
}
