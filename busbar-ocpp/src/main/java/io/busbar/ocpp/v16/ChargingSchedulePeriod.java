package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.Required;

import java.math.BigDecimal;

/** One period of a charging schedule: {@code limit} from {@code startPeriod} seconds on, in A or W (schema multipleOf 0.1). */
public record ChargingSchedulePeriod(
        @Required Integer startPeriod,
        @Required BigDecimal limit,
        Integer numberPhases) {
}
