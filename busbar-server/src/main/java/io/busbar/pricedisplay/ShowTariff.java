package io.busbar.pricedisplay;

import io.busbar.commands.ChargerCommand;
import io.busbar.commands.CommandStatus;
import io.busbar.commands.InvalidCommandException;

/**
 * Shows the driver identified by {@code idToken} the price that applies to them (OCA California pricing
 * "SetUserPrice", OCPP 1.6 only: 2.0.1 carries the text in answer fields, I01). The answer is the charger's
 * DataTransfer status.
 */
public record ShowTariff(String idToken, String priceText) implements ChargerCommand<CommandStatus> {
    public ShowTariff {
        if (idToken == null || idToken.isBlank() || priceText == null || priceText.isBlank()) {
            throw new InvalidCommandException("ShowTariff needs an idToken and a priceText");
        }
    }
}
