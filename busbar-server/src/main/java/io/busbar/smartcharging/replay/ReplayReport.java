package io.busbar.smartcharging.replay;

import java.math.BigDecimal;

/**
 * The outcome of one replay. Energy as ACN-Sim counts it; {@code sessionsFullyMetPct}: sessions that got all but
 * less than 0.01 kWh of their request; peaks in kW over one slot and over aligned 15-minute windows;
 * {@code violations}: slot-constraint pairs where the draws exceeded a limit, {@code violationsAtLimits}: the same if
 * every EV had drawn its full limit (what the allocator guarantees); costs under the tariff (null without one);
 * allocator compute time per call in microseconds.
 */
public record ReplayReport(String label, int sessions, double requestedKwh, double deliveredKwh,
                           double sessionsFullyMetPct, double peakKw, double peak15Kw, long violations,
                           long violationsAtLimits, BigDecimal energyCost, BigDecimal demandCharge, long allocations,
                           double p50Micros, double p99Micros, double maxMicros) {
    public double deliveredPct() {
        return requestedKwh == 0 ? 100 : 100 * deliveredKwh / requestedKwh;
    }
}
