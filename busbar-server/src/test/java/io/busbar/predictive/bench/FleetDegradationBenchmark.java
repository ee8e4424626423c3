package io.busbar.predictive.bench;

import io.busbar.predictive.method.Assessment;
import io.busbar.predictive.method.EvseHealth;
import io.busbar.predictive.method.Measurement;
import io.busbar.predictive.method.PredictiveSettings;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The degradation benchmark (issue 6): a seeded simulated fleet, some EVSEs degrading to failure, the predictor
 * run over each EVSE's stream exactly as the live listeners feed it (readings, session ends, faults; an
 * assessment after each session end and fault), beside a naive fixed temperature threshold. No sockets, no
 * database, bounded by the fleet size and horizon. Prints Markdown.
 *
 * <p>Arguments (all optional): {@code evses=200 days=90 seed=2 degrading=0.3 threshold=0.5}; {@code -Ddebug=1}
 * also prints each false alarm's evidence.
 */
public final class FleetDegradationBenchmark {
    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final double[] NAIVE_THRESHOLDS_C = {55, 60, 70};

    private FleetDegradationBenchmark() {
    }

    public static void main(String[] args) {
        Map<String, String> options = new java.util.HashMap<>(Map.of("evses", "200", "days", "90", "seed", "2",
                "degrading", "0.3", "threshold", "0.5"));
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            options.put(pair[0], pair[1]);
        }
        int evses = Integer.parseInt(options.get("evses"));
        int days = Integer.parseInt(options.get("days"));
        long seed = Long.parseLong(options.get("seed"));
        double degradingShare = Double.parseDouble(options.get("degrading"));
        double threshold = Double.parseDouble(options.get("threshold"));
        long started = System.nanoTime();
        List<Outcome> outcomes = run(evses, days, seed, degradingShare, threshold);
        System.out.print(report(outcomes, evses, days, seed, threshold,
                Duration.ofNanos(System.nanoTime() - started)));
    }

    static List<Outcome> run(int evses, int days, long seed, double degradingShare, double threshold) {
        SplittableRandom fleet = new SplittableRandom(seed);
        int siteCount = Math.max(1, evses / 10);
        List<SimulatedSite> sites = new ArrayList<>();
        for (int i = 0; i < siteCount; i++) {
            sites.add(new SimulatedSite(START, days, fleet.split()));
        }
        SimulatedEvse.Degradation[] kinds = SimulatedEvse.Degradation.values();
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < evses; i++) {
            SimulatedEvse.Degradation degradation = fleet.nextDouble() < degradingShare
                    ? kinds[1 + fleet.nextInt(kinds.length - 1)] : SimulatedEvse.Degradation.NONE;
            SimulatedEvse evse = new SimulatedEvse(i, degradation, sites.get(i % siteCount), fleet.split(), days);
            outcomes.add(simulate(evse, days, threshold));
        }
        return outcomes;
    }

    /** Runs one EVSE to the horizon or its failure, recording every warning crossing of both detectors. */
    private static Outcome simulate(SimulatedEvse evse, int days, double threshold) {
        EvseHealth health = new EvseHealth(PredictiveSettings.defaults());
        Crossings predictor = new Crossings(threshold, threshold - 0.1);
        Crossings[] naive = new Crossings[NAIVE_THRESHOLDS_C.length];
        for (int i = 0; i < naive.length; i++) {
            naive[i] = new Crossings(NAIVE_THRESHOLDS_C[i], NAIVE_THRESHOLDS_C[i] - 5);
        }
        double end = Math.min(days, evse.failureDay);
        int sessionNumber = 0;
        for (int day = 0; day < days && day < end; day++) {
            Instant dayStart = START.plus(Duration.ofDays(day));
            List<Instant> faults = new ArrayList<>();
            int faultCount = evse.poisson(evse.faultRate(day + 0.5));
            for (int i = 0; i < faultCount; i++) {
                faults.add(dayStart.plusSeconds((long) evse.uniform(0, 86_400)));
            }
            faults.sort(null);
            int nextFault = 0;
            for (SimulatedEvse.Run run : evse.sessionsOn(dayStart, day)) {
                if (daysSince(run.end()) >= end) {
                    break;
                }
                while (nextFault < faults.size() && faults.get(nextFault).isBefore(run.start())) {
                    fault(health, predictor, faults.get(nextFault++));
                }
                String session = evse.index + "-" + sessionNumber++;
                evse.samples(run, daysSince(run.start()), sample -> {
                    health.observe(session, sample);
                    double temperature = SimulatedEvse.temperatureOf(sample);
                    for (Crossings detector : naive) {
                        detector.observe(temperature, sample.getFirst().at());
                    }
                });
                if (run.abnormal()) {
                    fault(health, predictor, run.end()); // the EVSE stopped the session with a fault
                }
                health.sessionEnded(session, run.end(), run.abnormal());
                Assessment assessment = health.assess(run.end());
                predictor.observe(assessment.risk(), run.end(), assessment);
            }
            while (nextFault < faults.size() && daysSince(faults.get(nextFault)) < end) {
                fault(health, predictor, faults.get(nextFault++));
            }
        }
        return new Outcome(evse, predictor, naive, end);
    }

    private static void fault(EvseHealth health, Crossings predictor, Instant at) {
        health.faultOrReset(at);
        Assessment assessment = health.assess(at);
        predictor.observe(assessment.risk(), at, assessment);
    }

    static double daysSince(Instant at) {
        return Duration.between(START, at).toSeconds() / 86_400.0;
    }

    /** A detector's warnings: the instants it crossed its threshold (re-armed below {@code rearm}). */
    static final class Crossings {
        final double threshold;
        final double rearm;
        final List<Double> days = new ArrayList<>();
        final List<Assessment> assessments = new ArrayList<>();
        Assessment firstEvidence;
        private boolean warned;

        Crossings(double threshold, double rearm) {
            this.threshold = threshold;
            this.rearm = rearm;
        }

        void observe(double value, Instant at) {
            observe(value, at, null);
        }

        void observe(double value, Instant at, Assessment evidence) {
            if (!warned && value >= threshold) {
                warned = true;
                days.add(daysSince(at));
                assessments.add(evidence);
                if (firstEvidence == null) {
                    firstEvidence = evidence;
                }
            } else if (warned && value < rearm) {
                warned = false;
            }
        }
    }

    record Outcome(SimulatedEvse evse, Crossings predictor, Crossings[] naive, double observedUntilDay) {
    }

    /** Detection, lead times and false alarms of one detector over the fleet. */
    record Score(int failed, int detected, double medianLead, double p10Lead, int falseAlarms, double healthyMonths) {
        double detectionRate() {
            return failed == 0 ? 0 : (double) detected / failed;
        }

        double falseAlarmsPer100EvseMonths() {
            return healthyMonths == 0 ? 0 : falseAlarms / healthyMonths * 100;
        }

        static Score of(List<Outcome> outcomes, java.util.function.Function<Outcome, Crossings> detector, int days) {
            int failed = 0;
            int falseAlarms = 0;
            double healthyDays = 0;
            List<Double> leads = new ArrayList<>();
            for (Outcome outcome : outcomes) {
                SimulatedEvse evse = outcome.evse();
                Crossings crossings = detector.apply(outcome);
                // a warning while the EVSE was still healthy (never degrading, or before its onset) is a false alarm
                double healthyUntil = Math.min(outcome.observedUntilDay(), evse.onsetDay);
                healthyDays += healthyUntil;
                falseAlarms += (int) crossings.days.stream().filter(day -> day < healthyUntil).count();
                if (evse.degrades() && evse.failureDay <= days) {
                    failed++;
                    crossings.days.stream().filter(day -> day >= evse.onsetDay && day < evse.failureDay).findFirst()
                            .ifPresent(day -> leads.add(evse.failureDay - day));
                }
            }
            double[] sorted = leads.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return new Score(failed, sorted.length, percentile(sorted, 0.5), percentile(sorted, 0.1), falseAlarms,
                    healthyDays / 30.0);
        }

        private static double percentile(double[] sorted, double q) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))];
        }
    }

    static String report(List<Outcome> outcomes, int evses, int days, long seed, double threshold, Duration took) {
        StringBuilder out = new StringBuilder();
        long degrading = outcomes.stream().filter(o -> o.evse().degrades()).count();
        long failedInHorizon = outcomes.stream().filter(o -> o.evse().degrades() && o.evse().failureDay <= days).count();
        out.append(String.format(Locale.ROOT, "Fleet: %d EVSEs x %d days, seed %d: %d degrading (%d fail within the"
                + " horizon), %d healthy; predictor warning threshold %.2f; run took %.1f s%n%n", evses, days, seed,
                degrading, failedInHorizon, evses - degrading, threshold, took.toMillis() / 1000.0));
        out.append("| detector | failures warned before failure | median lead (days) | p10 lead (days) |"
                + " false alarms | false alarms per 100 EVSE-months |\n|---|---|---|---|---|---|\n");
        row(out, "predictor (risk >= " + threshold + ")", Score.of(outcomes, Outcome::predictor, days));
        for (int i = 0; i < NAIVE_THRESHOLDS_C.length; i++) {
            int index = i;
            row(out, String.format(Locale.ROOT, "naive: connector >= %.0f °C", NAIVE_THRESHOLDS_C[i]),
                    Score.of(outcomes, o -> o.naive()[index], days));
        }
        List<Outcome> heating = outcomes.stream().filter(o -> o.evse().degradation == SimulatedEvse.Degradation.CONTACT
                || o.evse().degradation == SimulatedEvse.Degradation.CONTACT_AND_FAULTS).toList();
        out.append("\nContact degradations only (what a temperature threshold can see at all):\n\n| detector | failures"
                + " warned before failure | median lead (days) | p10 lead (days) |\n|---|---|---|---|\n");
        Score predictorOnHeating = Score.of(heating, Outcome::predictor, days);
        out.append(String.format(Locale.ROOT, "| predictor | %d/%d | %.1f | %.1f |%n", predictorOnHeating.detected(),
                predictorOnHeating.failed(), predictorOnHeating.medianLead(), predictorOnHeating.p10Lead()));
        for (int i = 0; i < NAIVE_THRESHOLDS_C.length; i++) {
            int index = i;
            Score naive = Score.of(heating, o -> o.naive()[index], days);
            out.append(String.format(Locale.ROOT, "| naive >= %.0f °C | %d/%d | %.1f | %.1f |%n", NAIVE_THRESHOLDS_C[i],
                    naive.detected(), naive.failed(), naive.medianLead(), naive.p10Lead()));
        }
        out.append("\nPredictor by degradation kind (failures within the horizon):\n\n| kind | failed | warned |"
                + " median lead (days) |\n|---|---|---|---|\n");
        Map<SimulatedEvse.Degradation, List<Outcome>> byKind = new EnumMap<>(SimulatedEvse.Degradation.class);
        outcomes.forEach(o -> byKind.computeIfAbsent(o.evse().degradation, k -> new ArrayList<>()).add(o));
        byKind.forEach((kind, group) -> {
            if (kind != SimulatedEvse.Degradation.NONE) {
                Score score = Score.of(group, Outcome::predictor, days);
                out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f |%n", kind, score.failed(),
                        score.detected(), score.medianLead()));
            }
        });
        Map<Assessment.Kind, Integer> falseByKind = new EnumMap<>(Assessment.Kind.class);
        for (Outcome o : outcomes) {
            double healthyUntil = Math.min(o.observedUntilDay(), o.evse().onsetDay);
            for (int i = 0; i < o.predictor().days.size(); i++) {
                if (o.predictor().days.get(i) < healthyUntil) {
                    falseByKind.merge(o.predictor().assessments.get(i).signals().getFirst().kind(), 1, Integer::sum);
                    if (System.getProperty("debug") != null) {
                        out.append("false alarm EVSE ").append(o.evse().index).append(" rated ").append(o.evse().ratedA)
                                .append(": ").append(o.predictor().assessments.get(i).evidence()).append('\n');
                    }
                }
            }
        }
        out.append("\nPredictor false alarms by strongest signal: ").append(falseByKind).append('\n');
        outcomes.stream().filter(o -> o.evse().degrades() && o.predictor().firstEvidence != null).findFirst()
                .ifPresent(o -> out.append("\nExample evidence (EVSE ").append(o.evse().index).append(", ")
                        .append(o.evse().degradation).append("): ")
                        .append(o.predictor().firstEvidence.evidence()).append('\n'));
        return out.toString();
    }

    private static void row(StringBuilder out, String name, Score score) {
        out.append(String.format(Locale.ROOT, "| %s | %d/%d (%.0f %%) | %.1f | %.1f | %d | %.2f |%n", name,
                score.detected(), score.failed(), score.detectionRate() * 100, score.medianLead(), score.p10Lead(),
                score.falseAlarms(), score.falseAlarmsPer100EvseMonths()));
    }
}
