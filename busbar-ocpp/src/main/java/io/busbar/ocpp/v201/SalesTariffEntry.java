package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxItems;
import io.busbar.ocpp.schema.Min;
import io.busbar.ocpp.schema.MinItems;
import io.busbar.ocpp.schema.Required;

import java.util.List;

/** OCPP 2.0.1 {@code SalesTariffEntryType}. */
public record SalesTariffEntry(
        @Required RelativeTimeInterval relativeTimeInterval,
        @Min(0) Integer ePriceLevel,
        @MinItems(1) @MaxItems(3) List<ConsumptionCost> consumptionCost) {
}
