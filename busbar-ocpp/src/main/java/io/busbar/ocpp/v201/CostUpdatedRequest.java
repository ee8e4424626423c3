package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

import java.math.BigDecimal;

/** OCPP 2.0.1 {@code CostUpdated} request (CSMS to charging station). */
public record CostUpdatedRequest(
        @Required BigDecimal totalCost,
        @Required @MaxLength(36) String transactionId) {
}
