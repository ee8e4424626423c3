package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code CostType}. Cost */
public record Cost(
        @Required CostKind costKind,
        @Required Integer amount,
        Integer amountMultiplier) {
}
