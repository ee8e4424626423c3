package io.busbar.smartcharging.allocation;

import java.math.BigDecimal;
import java.time.Instant;

/** An energy price that changes at known instants (a time-of-use tariff). */
public interface PriceSchedule {
    /** Price per kWh in force at {@code at}. */
    BigDecimal pricePerKwhAt(Instant at);

    /** The first instant after {@code at} at which the price may change. */
    Instant nextChangeAfter(Instant at);
}
