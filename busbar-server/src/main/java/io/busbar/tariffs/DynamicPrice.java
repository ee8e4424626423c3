package io.busbar.tariffs;

import java.util.Objects;

/**
 * An ENERGY price taken from a {@link PriceSchedule} instead of the component's fixed price.
 *
 * @param schedule     the schedule giving the price per kWh over time
 * @param lockedAtStart true: the price at the session's start applies to the whole session; false: each kWh is
 *                      priced at the schedule's price when it was delivered
 */
public record DynamicPrice(PriceScheduleId schedule, boolean lockedAtStart) {
    public DynamicPrice {
        Objects.requireNonNull(schedule, "schedule");
    }
}
