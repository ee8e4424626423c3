package io.busbar.predictive.method;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Turns an EVSE's statistics into scores 0..1 per signal and one risk. Each score is a ramp between a level that
 * noise reaches now and then and a level only a degrading part reaches; the thresholds are explained in
 * docs/predictive-maintenance.md and were set on a different seed of the simulated fleet than the one reported.
 */
final class RiskScoring {
    // contact heating: relative growth of the rise per A² over the EVSE's own baseline, or an absolute rise at the
    // reference current that no healthy contact shows (IEC 62196-1 allows 50 K on terminals at rated current)
    static final double HEATING_GROWTH_LOW = 0.35;
    static final double HEATING_GROWTH_HIGH = 1.0;
    static final double RISE_AT_REFERENCE_LOW = 35;
    static final double RISE_AT_REFERENCE_HIGH = 50;
    // voltage sag: growth of the drop per ampere (V/A, i.e. the resistance in the phase's path) over the baseline
    static final double SAG_GROWTH_LOW = 0.06;
    static final double SAG_GROWTH_HIGH = 0.18;
    // a change counts only once it stands out of the session-to-session scatter (standard errors of the medians)
    static final double SHIFT_LOW = 3;
    static final double SHIFT_HIGH = 5;
    // fault rate and early endings: how improbable the recent count is under the EVSE's own earlier rate
    // (-log10 of the Poisson / binomial tail); evaluated on every event over a fleet, so the bar is high
    static final double SURPRISE_LOW = 3.5;
    static final double SURPRISE_HIGH = 5.5;
    static final int FAULT_MIN_RECENT = 3;
    // prior for an EVSE with little history: 0.1 faults per bucket, worth 14 buckets of observation
    static final double FAULT_PRIOR_RATE = 0.1;
    static final double FAULT_PRIOR_BUCKETS = 14;
    // early endings: excess share of abnormal endings in the recent sessions over the earlier share
    static final double ENDINGS_EXCESS_LOW = 0.2;
    static final double ENDINGS_EXCESS_HIGH = 0.6;
    static final int ENDINGS_MIN_RECENT = 4;
    static final double ENDINGS_PRIOR_SHARE = 0.05;
    static final double ENDINGS_PRIOR_SESSIONS = 10;
    private static final String[] PHASE_NAMES = {"L1", "L2", "L3"};

    private RiskScoring() {
    }

    static Assessment assess(EvseHealth health, Instant at) {
        List<Assessment.Signal> signals = new ArrayList<>();
        heating(health).ifPresent(signals::add);
        Assessment.Signal worstSag = null;
        for (int phase = 0; phase < EvseHealth.PHASES; phase++) {
            Assessment.Signal sag = sag(health.sag[phase], PHASE_NAMES[phase], health.settings.referenceCurrentA());
            if (sag != null && (worstSag == null || sag.score() > worstSag.score())) {
                worstSag = sag;
            }
        }
        if (worstSag != null) {
            signals.add(worstSag);
        }
        faults(health, at).ifPresent(signals::add);
        endings(health.endings).ifPresent(signals::add);
        signals.removeIf(signal -> signal.score() <= 0);
        signals.sort(Comparator.comparingDouble(Assessment.Signal::score).reversed());
        double healthy = 1;
        for (Assessment.Signal signal : signals) {
            healthy *= 1 - signal.score();
        }
        return new Assessment(Math.clamp(1 - healthy, 0, 1), signals, at);
    }

    private static java.util.Optional<Assessment.Signal> heating(EvseHealth health) {
        SessionSeries series = health.thermal;
        if (!series.ready()) {
            return java.util.Optional.empty();
        }
        double baseline = series.baselineMedian();
        double recent = series.recentMedian();
        double referenceSquare = health.settings.referenceCurrentA() * health.settings.referenceCurrentA();
        double growth = baseline > 0 ? recent / baseline - 1 : 0;
        double minSpread = 0.05 * Math.abs(baseline) + 1e-4;
        double grown = Math.min(ramp(growth, HEATING_GROWTH_LOW, HEATING_GROWTH_HIGH),
                ramp(series.shiftInStandardErrors(minSpread), SHIFT_LOW, SHIFT_HIGH));
        double hot = Math.min(ramp(recent * referenceSquare, RISE_AT_REFERENCE_LOW, RISE_AT_REFERENCE_HIGH),
                ramp(series.levelInStandardErrors(minSpread), SHIFT_LOW, SHIFT_HIGH));
        double score = Math.max(grown, hot);
        return java.util.Optional.of(new Assessment.Signal(Assessment.Kind.CONTACT_HEATING, score, String.format(
                Locale.ROOT, "connector temperature rise over ambient at %.0f A went from %.1f °C to %.1f °C (%+.0f %%;"
                        + " %.4f → %.4f °C/A², median of the first %d vs the last %d sessions)",
                health.settings.referenceCurrentA(), baseline * referenceSquare, recent * referenceSquare,
                growth * 100, baseline, recent, health.settings.baselineSessions(), health.settings.recentSessions())));
    }

    private static Assessment.Signal sag(SessionSeries series, String phase, double referenceCurrent) {
        if (!series.ready()) {
            return null;
        }
        double baseline = series.baselineMedian();
        double recent = series.recentMedian();
        double score = Math.min(ramp(recent - baseline, SAG_GROWTH_LOW, SAG_GROWTH_HIGH),
                ramp(series.shiftInStandardErrors(0.005), SHIFT_LOW, SHIFT_HIGH));
        return new Assessment.Signal(Assessment.Kind.VOLTAGE_SAG, score, String.format(Locale.ROOT,
                "%s voltage sag under load went from %.3f to %.3f V/A (at %.0f A: %.1f V → %.1f V below no-load)",
                phase, baseline, recent, referenceCurrent, baseline * referenceCurrent, recent * referenceCurrent));
    }

    private static java.util.Optional<Assessment.Signal> faults(EvseHealth health, Instant at) {
        PredictiveSettings settings = health.settings;
        FaultCounts.Window window = health.faults.window(at, settings.recentBuckets());
        double expected = (window.earlier() + FAULT_PRIOR_RATE * FAULT_PRIOR_BUCKETS)
                / (window.earlierBuckets() + FAULT_PRIOR_BUCKETS) * settings.recentBuckets();
        double surprise = -Math.log10(Tails.poissonAtLeast(window.recent(), expected));
        double score = window.recent() >= FAULT_MIN_RECENT ? ramp(surprise, SURPRISE_LOW, SURPRISE_HIGH) : 0;
        return java.util.Optional.of(new Assessment.Signal(Assessment.Kind.FAULT_RATE, score, String.format(
                Locale.ROOT, "%d faults or resets in the last %s vs %.1f expected from the %d buckets before (%d then)",
                window.recent(), health.faultWindow(), expected, window.earlierBuckets(), window.earlier())));
    }

    private static java.util.Optional<Assessment.Signal> endings(SessionEndings endings) {
        int recent = endings.recentSessions();
        if (recent == 0) {
            return java.util.Optional.empty();
        }
        double earlierShare = (endings.earlierAbnormal() + ENDINGS_PRIOR_SHARE * ENDINGS_PRIOR_SESSIONS)
                / (endings.earlierSessions() + ENDINGS_PRIOR_SESSIONS);
        double recentShare = (double) endings.recentAbnormal() / recent;
        double surprise = -Math.log10(Tails.binomialAtLeast(endings.recentAbnormal(), recent, earlierShare));
        double score = endings.recentAbnormal() >= ENDINGS_MIN_RECENT
                ? Math.min(ramp(recentShare - earlierShare, ENDINGS_EXCESS_LOW, ENDINGS_EXCESS_HIGH),
                ramp(surprise, SURPRISE_LOW, SURPRISE_HIGH)) : 0;
        return java.util.Optional.of(new Assessment.Signal(Assessment.Kind.EARLY_ENDINGS, score, String.format(
                Locale.ROOT, "%d of the last %d sessions were ended by the EVSE or with a fault vs %.0f %% before",
                endings.recentAbnormal(), recent, earlierShare * 100)));
    }

    static double ramp(double value, double low, double high) {
        return Math.clamp((value - low) / (high - low), 0, 1);
    }
}
