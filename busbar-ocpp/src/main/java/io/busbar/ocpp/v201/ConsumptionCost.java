package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxItems;
import io.busbar.ocpp.schema.MinItems;
import io.busbar.ocpp.schema.Required;

import java.math.BigDecimal;
import java.util.List;

/** OCPP 2.0.1 {@code ConsumptionCostType}. */
public record ConsumptionCost(
        @Required BigDecimal startValue,
        @Required @MinItems(1) @MaxItems(3) List<Cost> cost) {
}
