package io.busbar.ocpp.v201;

import java.math.BigDecimal;

/** OCPP 2.0.1 {@code TransactionEvent} response. */
public record TransactionEventResponse(
        BigDecimal totalCost,
        Integer chargingPriority,
        IdTokenInfo idTokenInfo,
        MessageContent updatedPersonalMessage) {
}
