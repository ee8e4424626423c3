package io.busbar.smartcharging.replay;

import io.busbar.platform.units.Current;
import io.busbar.platform.units.Power;
import io.busbar.smartcharging.allocation.AllocatorSettings;
import io.busbar.smartcharging.allocation.DemandChargeProtection;
import io.busbar.smartcharging.allocation.SitePolicies;
import io.busbar.smartcharging.allocation.SiteTopology;
import io.busbar.smartcharging.allocation.TimeOfUseShifting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The load-management benchmark on Caltech's ACN (March 2019, 954 sessions): replays the sessions through the
 * allocator on the three-phase Caltech model and on a single aggregate cap at 20/30/40/50 kW, in cost mode
 * (demand-charge protection, with and without TOU shifting, no cap), and uncontrolled (to validate the replay's
 * metrics against ACN-Sim's), and prints each beside ACN-Sim's published LLF/EDF results and the offline optimum;
 * then allocator compute time on synthetic sites of 10, 100 and 1,000 EVSEs, and the targets of issue 4.
 *
 * <p>Usage: {@code AcnBenchmark [dataset-dir] [quick]} ({@code quick}: 30 kW only, timing with fewer calls).
 * System properties: {@code bench.caps} (e.g. {@code 20,30}), {@code bench.networks} ({@code three_phase,single_phase}),
 * {@code bench.minMilliamps} (EVSE minimum, default 6000), {@code bench.sharing} ({@code PLANNED}, the default, {@code BY_NEED} or {@code EQUAL}),
 * {@code bench.skipCost} (stop after the capped runs).
 */
public final class AcnBenchmark {
    private static final Current MIN = Current.ofMilliamps(Long.getLong("bench.minMilliamps", 6000));
    private static final Current STEP = Current.ofMilliamps(100);

    private final List<String> targets = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        Path dataset = Path.of(args.length > 0 ? args[0] : "../shared/datasets/acn");
        boolean quick = args.length > 1 && args[1].equals("quick");
        new AcnBenchmark().run(dataset, quick);
    }

    private void run(Path dataset, boolean quick) throws IOException {
        Path sessionsCsv = dataset.resolve("caltech_2019-03_sessions.csv");
        List<ReplaySession> sessions = SessionHistoryCsv.read(sessionsCsv);
        CaltechSite caltech = CaltechSite.fromSessions(sessionsCsv);
        TouTariff tariff = TouTariff.read(dataset.resolve("tariff_sce_tou_ev4_2019.json"));
        Map<String, String[]> baselines = csv(dataset.resolve("acnsim_baselines_caltech_2019-03.csv"), 0, 1, 2);
        Map<String, String[]> optimum = csv(dataset.resolve("offline_optimum_caltech_2019-03.csv"), 0, 1, 2);
        System.out.printf(Locale.ROOT, "ACN replay: %d sessions, %.1f kWh requested, slots of 5 min, EVSE min 6 A, step 0.1 A%n%n",
                sessions.size(), sessions.stream().mapToDouble(s -> s.requested().wattHours() / 1000.0).sum());
        System.out.println("| network | cap kW | algorithm | energy % | sessions met % | peak kW | 15-min peak kW | violations (drawn / at limits) | energy $ | demand $ | alloc p50 / p99 µs |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        AllocatorSettings settings = new AllocatorSettings(Duration.ofMinutes(5), Duration.ofHours(8),
                AllocatorSettings.Sharing.valueOf(System.getProperty("bench.sharing", "PLANNED")));
        SessionReplay.Options acn = SessionReplay.Options.acn(Optional.of(tariff));
        SessionReplay.Options unctrl = new SessionReplay.Options(acn.slot(), acn.demandWindow(), acn.tariff(), false, true);
        print("single_phase", "-", new SessionReplay(caltech.singleAggregate(150, MIN, STEP), SitePolicies.NONE, settings, unctrl)
                .run("Busbar replay, uncontrolled", sessions));
        printBaseline(baselines, "single_phase", "Unctrl", 150);
        int[] caps = Arrays.stream(System.getProperty("bench.caps", quick ? "30" : "20,30,40,50").split(","))
                .mapToInt(Integer::parseInt).toArray();
        for (String network : System.getProperty("bench.networks", "three_phase,single_phase").split(",")) {
            for (int cap : caps) {
                SiteTopology site = network.equals("three_phase") ? caltech.threePhase(cap, MIN, STEP)
                        : caltech.singleAggregate(cap, MIN, STEP);
                ReplayReport ours = new SessionReplay(site, SitePolicies.NONE, settings, acn).run("**Busbar**", sessions);
                print(network, String.valueOf(cap), ours);
                printBaseline(baselines, network, "LLF", cap);
                printBaseline(baselines, network, "EDF", cap);
                String model = network.equals("three_phase") ? "three_phase_caltech" : "single_phase_aggregate";
                String[] opt = optimum.get(model + "|max_energy|" + cap);
                if (opt != null) {
                    System.out.printf("| %s | %d | offline optimum | %s | | | | | | | |%n", network, cap, opt[3]);
                }
                target(network, cap, ours);
            }
        }
        if (Boolean.getBoolean("bench.skipCost")) {
            return;
        }
        SiteTopology uncapped = caltech.singleAggregate(150, MIN, STEP);
        DemandChargeProtection demand = new DemandChargeProtection(Power.ofKilowatts(150), Duration.ofMinutes(15), true);
        ReplayReport cost = new SessionReplay(uncapped, new SitePolicies(Optional.of(demand), Optional.empty()), settings, acn)
                .run("**Busbar cost mode** (demand protection)", sessions);
        print("single_phase", "none", cost);
        ReplayReport costTou = new SessionReplay(uncapped, new SitePolicies(Optional.of(demand),
                Optional.of(new TimeOfUseShifting(tariff, 0.8))), settings, acn)
                .run("**Busbar cost mode** (demand protection + TOU)", sessions);
        print("single_phase", "none", costTou);
        String[] minPeak = optimum.get("single_phase_aggregate|min_peak_all_energy|");
        String[] minCost = optimum.get("single_phase_aggregate|min_cost_TOU_EV4_winter_plus_demand_15.51_per_kW|");
        System.out.printf("| single_phase | none | offline optimum | 99.88 | | | %s | | %s | | |%n",
                minPeak == null ? "" : minPeak[3], minCost == null ? "" : minCost[3] + " total (" + minCost[5] + ")");
        targets.add(String.format(Locale.ROOT, "cost mode: 15-min peak %.2f kW (target <= 36.7) at %.2f%% energy (>= 99.8): %s",
                cost.peak15Kw(), cost.deliveredPct(), cost.peak15Kw() <= 36.7 && cost.deliveredPct() >= 99.8 ? "MET" : "NOT MET"));
        System.out.println();
        System.out.println("| EVSEs | sharing | priority classes | calls | p50 µs | p99 µs | max µs | target p99 |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        int[][] timings = {{10, quick ? 2000 : 20000, 1000}, {100, quick ? 500 : 5000, 10000}, {1000, quick ? 100 : 1000, 100000}};
        for (int[] t : timings) {
            // the benchmark's sharing with one priority class (the horizon plan runs), then with two (it falls back)
            for (boolean priorities : new boolean[] {false, true}) {
                AllocationTiming.Result r = AllocationTiming.measure(t[0], t[1], 42, settings, priorities);
                System.out.printf(Locale.ROOT, "| %d | %s | %d | %d | %.0f | %.0f | %.0f | %d |%n", r.evses(),
                        settings.sharing(), priorities ? 2 : 1, r.calls(), r.p50Micros(), r.p99Micros(), r.maxMicros(), t[2]);
                targets.add(String.format(Locale.ROOT, "allocation p99 at %d EVSEs (%s, %d priority classes): %.2f ms"
                                + " (target <= %d ms): %s", t[0], settings.sharing(), priorities ? 2 : 1,
                        r.p99Micros() / 1000, t[2] / 1000, r.p99Micros() <= t[2] ? "MET" : "NOT MET"));
            }
        }
        System.out.println();
        System.out.println("Targets (issue 4):");
        targets.forEach(line -> System.out.println("- " + line));
    }

    private void target(String network, int cap, ReplayReport ours) {
        targets.add(String.format(Locale.ROOT, "%s %d kW: %d limit violations (target 0): %s", network, cap,
                ours.violations() + ours.violationsAtLimits(), ours.violations() + ours.violationsAtLimits() == 0 ? "MET" : "NOT MET"));
        Double goal = switch (network + cap) {
            case "three_phase20" -> 76.0;
            case "three_phase30" -> 90.0;
            case "three_phase40" -> 98.3;
            case "single_phase30" -> 99.0;
            default -> null;
        };
        if (goal != null) {
            targets.add(String.format(Locale.ROOT, "%s %d kW: %.2f%% energy delivered (target >= %.1f%%): %s", network, cap,
                    ours.deliveredPct(), goal, ours.deliveredPct() >= goal ? "MET" : "NOT MET"));
        }
    }

    private static void print(String network, String cap, ReplayReport r) {
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %.2f | %.2f | %.2f | %.2f | %d / %d | %s | %s | %.0f / %.0f |%n",
                network, cap, r.label(), r.deliveredPct(), r.sessionsFullyMetPct(), r.peakKw(), r.peak15Kw(),
                r.violations(), r.violationsAtLimits(), r.energyCost(), r.demandCharge(), r.p50Micros(), r.p99Micros());
    }

    private static void printBaseline(Map<String, String[]> baselines, String network, String algorithm, int cap) {
        String[] b = baselines.get(network + "|" + algorithm + "|" + cap);
        if (b != null) {
            System.out.printf("| %s | %s | ACN-Sim %s | %s | %s | %s | %s | | %s | %s | |%n", network,
                    algorithm.equals("Unctrl") ? "-" : String.valueOf(cap), algorithm, b[3], b[4], b[5], b[6], b[7], b[8]);
        }
    }

    /** Rows keyed by the given columns joined with '|'. */
    private static Map<String, String[]> csv(Path file, int... keyColumns) throws IOException {
        Map<String, String[]> rows = new HashMap<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            StringBuilder key = new StringBuilder();
            for (int c : keyColumns) {
                key.append(key.isEmpty() ? "" : "|").append(f[c]);
            }
            rows.put(key.toString(), f);
        }
        return rows;
    }
}
