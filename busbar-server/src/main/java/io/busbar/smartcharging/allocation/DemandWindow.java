package io.busbar.smartcharging.allocation;

import io.busbar.platform.units.Energy;
import io.busbar.platform.units.Power;

import java.time.Instant;
import java.util.Objects;

/**
 * What the site meter says about demand so far: the current demand window (e.g. a 15-minute billing interval)
 * started at {@code windowStart} and the whole site has used {@code siteEnergyInWindow} in it; the highest window
 * average this billing month is {@code monthPeak}.
 */
public record DemandWindow(Instant windowStart, Energy siteEnergyInWindow, Power monthPeak) {
    public DemandWindow {
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(siteEnergyInWindow, "siteEnergyInWindow");
        Objects.requireNonNull(monthPeak, "monthPeak");
    }
}
