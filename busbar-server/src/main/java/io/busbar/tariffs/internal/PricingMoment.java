package io.busbar.tariffs.internal;

import io.busbar.platform.units.Current;
import io.busbar.platform.units.Power;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;

/** What restrictions are evaluated against: the state of the session at one instant (a slice's midpoint). */
public record PricingMoment(LocalDateTime localTime, BigDecimal energySoFarWh, Duration elapsed, Power power,
                            Current current) {
}
