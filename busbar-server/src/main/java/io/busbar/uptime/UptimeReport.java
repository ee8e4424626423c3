package io.busbar.uptime;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.SiteId;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The SLA report for a period.
 *
 * @param measuredUntil        the end of the measured time: {@code to}, or the present when {@code to} is later
 * @param chargersWithoutData  chargers in scope with no status report ever (registered but never seen): no figures
 */
public record UptimeReport(Instant from, Instant to, Instant measuredUntil, BigDecimal targetPercent,
                           Figures network, List<SiteFigures> sites, List<EvseFigures> evses,
                           List<ChargerIdentity> chargersWithoutData) {

    /**
     * Uptime figures of one EVSE or a group of them. {@code monitored = excluded + up + down}.
     *
     * @param uptimePercent {@code up / (monitored − excluded)} in percent with 4 decimals; null when nothing was measured
     * @param targetMet     null when nothing was measured
     * @param costliest     downtime by cause, largest first
     */
    public record Figures(Duration monitored, Duration excluded, Duration up, Duration down, Duration unmonitored,
                          BigDecimal uptimePercent, Boolean targetMet, ChargeSuccess chargeSuccess,
                          List<DowntimeCause> costliest) {
    }

    public record EvseFigures(ChargerIdentity charger, int evseId, SiteId site, Figures figures) {
    }

    /** {@code site} null: chargers without a site. */
    public record SiteFigures(SiteId site, Figures figures) {
    }

    /**
     * Downtime one cause was responsible for. {@code cause} is "OFFLINE", a fault type (e.g. "CONNECTOR_ERROR") or,
     * for a down status without a recorded fault, "STATUS_FAULTED" / "STATUS_UNAVAILABLE"; {@code code} is the
     * fault's or the status report's error code, when there is one.
     */
    public record DowntimeCause(String cause, String code, Duration downtime) {
    }

    /**
     * @param attempted  sessions started in the period that have ended
     * @param succeeded  of those, the ones that delivered energy and ended for a normal reason
     * @param inProgress sessions started in the period still running (not judged yet)
     * @param ratePercent succeeded / attempted in percent with 2 decimals; null when none was attempted
     */
    public record ChargeSuccess(int attempted, int succeeded, int inProgress, BigDecimal ratePercent) {
    }
}
