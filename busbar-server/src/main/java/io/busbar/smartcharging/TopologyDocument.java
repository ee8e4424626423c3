package io.busbar.smartcharging;

import java.math.BigDecimal;
import java.util.List;

/**
 * A site's electrical topology and load-management policies, as operators write it (REST
 * {@code PUT /api/v1/sites/{id}/topology}). Currents in A per phase, power in kW, voltages in V. Null optional
 * fields take the documented defaults. Validated as a whole by {@link SiteTopologies#replace}.
 *
 * @param lineToNeutralV voltage of line-to-neutral EVSEs and per conductor of three-phase ones (default 230)
 * @param lineToLineV    voltage of line-to-line EVSEs (default 400)
 */
public record TopologyDocument(BigDecimal lineToNeutralV, BigDecimal lineToLineV, Grid grid, List<BreakerNode> breakers,
                               List<EvseNode> evses, Policies policies, NonEvLoadSettings nonEvLoad) {

    /** Limits per grid line L1, L2, L3 (A); null on a line = not limited there (breakers only). */
    public record PhaseAmps(BigDecimal l1, BigDecimal l2, BigDecimal l3) {
    }

    /** The grid connection: the root of the tree. {@code maxPowerKw} and {@code transformer} are optional. */
    public record Grid(String id, PhaseAmps limits, BigDecimal maxPowerKw, TransformerSpec transformer) {
    }

    /** A delta-wye transformer in front of the site: primary line currents (A) = secondary combination / ratio. */
    public record TransformerSpec(BigDecimal ratio, PhaseAmps primaryLimits) {
    }

    /** A feeder or breaker under {@code parent} (the grid id or another breaker's id). */
    public record BreakerNode(String id, String parent, PhaseAmps limits) {
    }

    /**
     * One EVSE: the charger's identity and its EVSE id (1.6 connectorId), where it hangs ({@code parent}, default the
     * grid), how it is wired, and what it accepts: {@code maxCurrentA} per phase, {@code minCurrentA} below which it
     * pauses (default 6), {@code stepA} granularity (default 0.1); {@code priority}: a higher class is served first
     * (default 0), e.g. fleet vehicles.
     */
    public record EvseNode(String charger, Integer evseId, String parent, Wiring wiring, BigDecimal maxCurrentA,
                           BigDecimal minCurrentA, BigDecimal stepA, Integer priority) {
    }

    /**
     * {@code type} LINE_TO_NEUTRAL with {@code line} (L1/L2/L3), LINE_TO_LINE with {@code from}/{@code to}, or
     * THREE_PHASE with {@code rotation} (RST default; STR = the EVSE's L1 on grid L2, as OCPP 2.0.1 PhaseRotation).
     */
    public record Wiring(WiringType type, String line, String from, String to, String rotation) {
    }

    public enum WiringType {
        LINE_TO_NEUTRAL, LINE_TO_LINE, THREE_PHASE
    }

    /**
     * Site policies, all optional. {@code defaultDwellMinutes}: departure assumed for EVs that give none (default
     * 480 = 8 h after plug-in); {@code sharing}: PLANNED (default: least laxity first within a receding-horizon plan over
     * groups of EVSEs, what the ACN benchmark measures), BY_NEED (least laxity first, no plan) or EQUAL (max-min
     * fair) for capacity above the minimums.
     */
    public record Policies(DemandCharge demandCharge, TimeOfUse timeOfUse, Integer defaultDwellMinutes,
                           String sharing) {
    }

    /** Keep the site's average power over each window (default 15 min) under {@code capKw}; see the docs for holdMonthPeak. */
    public record DemandCharge(BigDecimal capKw, Integer windowMinutes, Boolean holdMonthPeak) {
    }

    /**
     * Shift flexible energy to cheaper periods. {@code prices}: the daily tariff in the site's time zone, each price
     * from a local time ("HH:mm") until the next one, wrapping at midnight. {@code plannedRateShare}: share of an
     * EV's maximum assumed when planning (default 0.8).
     */
    public record TimeOfUse(Boolean enabled, List<DailyPrice> prices, BigDecimal plannedRateShare) {
    }

    public record DailyPrice(String from, BigDecimal pricePerKwh) {
    }

    /**
     * How the non-EV load reported by {@code PUT /sites/{id}/load} is trusted: older than {@code maxAgeSeconds}
     * (default 120) it is replaced by {@code worstCase} (default: the grid limits' 0, i.e. none is configured).
     */
    public record NonEvLoadSettings(Integer maxAgeSeconds, PhaseAmps worstCase) {
    }
}
