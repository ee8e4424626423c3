package io.busbar.smartcharging.replay;

import io.busbar.platform.units.Current;
import io.busbar.platform.units.Energy;
import io.busbar.platform.units.Power;
import io.busbar.smartcharging.allocation.Allocation;
import io.busbar.smartcharging.allocation.AllocatorSettings;
import io.busbar.smartcharging.allocation.ConnectedEv;
import io.busbar.smartcharging.allocation.DemandWindow;
import io.busbar.smartcharging.allocation.EvPhases;
import io.busbar.smartcharging.allocation.EvseSpec;
import io.busbar.smartcharging.allocation.EvseWiring;
import io.busbar.smartcharging.allocation.EvseLimit;
import io.busbar.smartcharging.allocation.SiteLoadAllocator;
import io.busbar.smartcharging.allocation.SitePolicies;
import io.busbar.smartcharging.allocation.SiteState;
import io.busbar.smartcharging.allocation.SiteTopology;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Replays sessions through the allocator in fixed slots. Each slot: the EVs plugged in (arrival <= slot start <
 * departure, energy still wanted) are given to the allocator with what it may know (remaining energy and departure
 * unless {@link Options#hideNeeds}); each EV then draws min(limit, its maximum, what completes its energy) for the
 * slot, as in ACN-Sim. Draws are audited by {@link LimitAudit}. With {@link Options#uncontrolled} every EV simply
 * draws its maximum (the "Unctrl" baseline, to validate the replay's metrics against ACN-Sim).
 */
public final class SessionReplay {
    private static final double MET_THRESHOLD_KWH = 0.01;

    public record Options(Duration slot, Duration demandWindow, Optional<TouTariff> tariff, boolean hideNeeds,
                          boolean uncontrolled) {
        public static Options acn(Optional<TouTariff> tariff) {
            return new Options(Duration.ofMinutes(5), Duration.ofMinutes(15), tariff, false, false);
        }
    }

    private final SiteTopology site;
    private final SiteLoadAllocator allocator;
    private final Options options;
    private final LimitAudit audit;
    private final Map<String, EvseSpec> evses = new HashMap<>();

    public SessionReplay(SiteTopology site, SitePolicies policies, AllocatorSettings settings, Options options) {
        this.site = site;
        this.allocator = new SiteLoadAllocator(site, policies, settings);
        this.options = options;
        this.audit = new LimitAudit(site);
        site.evses().forEach(e -> evses.put(e.id(), e));
    }

    public ReplayReport run(String label, List<ReplaySession> history) {
        List<ReplaySession> sessions = history.stream().sorted(Comparator.comparing(ReplaySession::arrival)).toList();
        for (ReplaySession s : sessions) {
            if (!evses.containsKey(s.evseId())) {
                throw new IllegalArgumentException("session " + s.id() + " is on EVSE " + s.evseId() + ", not in the site");
            }
        }
        long slotMillis = options.slot().toMillis();
        double slotHours = slotMillis / 3.6e6;
        Instant first = sessions.stream().map(ReplaySession::arrival).min(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        Instant last = sessions.stream().map(ReplaySession::departure).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        Instant start = Instant.ofEpochMilli(Math.floorDiv(first.toEpochMilli(), slotMillis) * slotMillis);
        double[] remainingWh = sessions.stream().mapToDouble(s -> s.requested().wattHours()).toArray();
        double[] lastDraw = new double[sessions.size()];
        double[] lastLimit = new double[sessions.size()];
        List<Long> micros = new ArrayList<>();
        long violations = 0;
        long violationsAtLimits = 0;
        double peakKw = 0;
        long windowMillis = options.demandWindow().toMillis();
        Map<Long, Double> windowKwh = new HashMap<>();
        double monthPeakKw = 0;
        BigDecimal energyCost = BigDecimal.ZERO;
        int next = 0;
        List<Integer> plugged = new ArrayList<>();
        for (Instant t = start; t.isBefore(last); t = t.plusMillis(slotMillis)) {
            while (next < sessions.size() && !sessions.get(next).arrival().isAfter(t)) {
                plugged.add(next++);
            }
            final Instant now = t;
            plugged.removeIf(i -> !sessions.get(i).departure().isAfter(now));
            List<Integer> active = plugged.stream().filter(i -> remainingWh[i] > 1e-6).toList();
            if (active.isEmpty() && next >= sessions.size()) {
                break;
            }
            long window = Math.floorDiv(t.toEpochMilli(), windowMillis);
            double[] limitAmps = new double[active.size()];
            if (options.uncontrolled()) {
                for (int a = 0; a < active.size(); a++) {
                    limitAmps[a] = Double.POSITIVE_INFINITY;
                }
            } else if (!active.isEmpty()) {
                List<ConnectedEv> evs = new ArrayList<>(active.size());
                for (int i : active) {
                    ReplaySession s = sessions.get(i);
                    ConnectedEv.Builder ev = ConnectedEv.on(s.evseId(), s.arrival()).phases(s.phases())
                            .maxCurrent(Current.ofAmpsRoundedDown(maxAmps(s))).priority(s.priority());
                    if (!options.hideNeeds()) {
                        ev.needs(Energy.ofWattHours((long) Math.ceil(remainingWh[i]))).departsAt(s.departure());
                    }
                    if (lastLimit[i] > 0) {
                        ev.measured(Current.ofAmpsRoundedDown(lastDraw[i])).lastLimit(Current.ofAmpsRoundedDown(lastLimit[i]));
                    }
                    evs.add(ev.build());
                }
                double kwhInWindow = windowKwh.getOrDefault(window, 0.0);
                SiteState state = new SiteState(t, evs, Map.of(), Power.ZERO, Optional.of(new DemandWindow(
                        Instant.ofEpochMilli(window * windowMillis), Energy.ofWattHours((long) Math.ceil(kwhInWindow * 1000)),
                        Power.ofWatts((long) Math.ceil(monthPeakKw * 1000)))));
                long began = System.nanoTime();
                Allocation allocation = allocator.allocate(state);
                micros.add((System.nanoTime() - began) / 1000);
                for (int a = 0; a < active.size(); a++) {
                    EvseLimit limit = allocation.limits().get(a);
                    limitAmps[a] = limit.current().amps();
                }
            }
            double slotKw = 0;
            List<LimitAudit.Draw> draws = new ArrayList<>(active.size());
            List<LimitAudit.Draw> atLimits = new ArrayList<>(active.size());
            for (int a = 0; a < active.size(); a++) {
                int i = active.get(a);
                ReplaySession s = sessions.get(i);
                double wattsPerAmp = wattsPerAmp(s);
                double draw = Math.min(Math.min(limitAmps[a], maxAmps(s)), remainingWh[i] / (wattsPerAmp * slotHours));
                draw = Math.max(0, draw);
                remainingWh[i] -= draw * wattsPerAmp * slotHours;
                lastDraw[i] = draw;
                lastLimit[i] = Math.min(limitAmps[a], 1e6);
                slotKw += draw * wattsPerAmp / 1000;
                draws.add(new LimitAudit.Draw(s.evseId(), draw, phasesOf(s)));
                atLimits.add(new LimitAudit.Draw(s.evseId(), Math.min(limitAmps[a], 1e6), phasesOf(s)));
            }
            violations += audit.violations(draws).size();
            if (!options.uncontrolled()) {
                violationsAtLimits += audit.violations(atLimits).size();
            }
            peakKw = Math.max(peakKw, slotKw);
            double kwhInWindow = windowKwh.merge(window, slotKw * slotHours, Double::sum);
            monthPeakKw = Math.max(monthPeakKw, kwhInWindow / (windowMillis / 3.6e6));
            if (options.tariff().isPresent()) {
                BigDecimal kwh = BigDecimal.valueOf(slotKw * slotHours).setScale(6, RoundingMode.HALF_UP);
                energyCost = energyCost.add(kwh.multiply(options.tariff().get().pricePerKwhAt(t)));
            }
        }
        double requested = sessions.stream().mapToDouble(s -> s.requested().wattHours() / 1000.0).sum();
        double delivered = 0;
        int met = 0;
        for (int i = 0; i < sessions.size(); i++) {
            delivered += sessions.get(i).requested().wattHours() / 1000.0 - remainingWh[i] / 1000;
            if (remainingWh[i] / 1000 < MET_THRESHOLD_KWH) {
                met++;
            }
        }
        double peak15 = windowKwh.values().stream().mapToDouble(kwh -> kwh / (windowMillis / 3.6e6)).max().orElse(0);
        BigDecimal demandCharge = options.tariff().map(tariff -> tariff.demandChargePerKw()
                .multiply(BigDecimal.valueOf(peak15)).setScale(2, RoundingMode.HALF_UP)).orElse(null);
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        return new ReplayReport(label, sessions.size(), requested, delivered, sessions.isEmpty() ? 100 : 100.0 * met / sessions.size(),
                peakKw, peak15, violations, violationsAtLimits,
                options.tariff().isPresent() ? energyCost.setScale(2, RoundingMode.HALF_UP) : null, demandCharge,
                sorted.length, percentile(sorted, 0.50), percentile(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
    }

    static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    private int phasesOf(ReplaySession s) {
        return evses.get(s.evseId()).wiring() instanceof EvseWiring.ThreePhase && s.phases() != EvPhases.SINGLE ? 3 : 1;
    }

    private double wattsPerAmp(ReplaySession s) {
        return switch (evses.get(s.evseId()).wiring()) {
            case EvseWiring.LineToNeutral ignored -> site.lineToNeutral().volts();
            case EvseWiring.LineToLine ignored -> site.lineToLine().volts();
            case EvseWiring.ThreePhase ignored -> phasesOf(s) * (double) site.lineToNeutral().volts();
        };
    }

    private double maxAmps(ReplaySession s) {
        return Math.min(s.evMaxPower().watts() / wattsPerAmp(s), evses.get(s.evseId()).maxCurrent().amps());
    }
}
