package io.busbar.smartcharging.replay;

import io.busbar.platform.units.Power;
import io.busbar.smartcharging.allocation.AllocatorSettings;
import io.busbar.smartcharging.allocation.DemandChargeProtection;
import io.busbar.smartcharging.allocation.SitePolicies;
import io.busbar.smartcharging.allocation.SiteTopology;
import io.busbar.smartcharging.allocation.TimeOfUseShifting;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Replays any session history on any site (what-if studies): {@code --sessions history.csv --site site.json
 * [--tariff tariff.json] [--slot-minutes 5] [--sharing PLANNED|BY_NEED|EQUAL] [--demand-cap-kw 40] [--hold-month-peak]
 * [--tou] [--hide-needs] [--uncontrolled]}. Formats: docs/load-management-replay.md. Prints one report.
 */
public final class ReplayCommand {
    private ReplayCommand() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = parse(args);
        if (!options.containsKey("sessions") || !options.containsKey("site")) {
            System.err.println("usage: --sessions history.csv --site site.json [--tariff tariff.json] [--slot-minutes 5]"
                    + " [--sharing PLANNED|BY_NEED|EQUAL] [--demand-cap-kw N] [--hold-month-peak] [--tou] [--hide-needs] [--uncontrolled]");
            System.exit(2);
        }
        List<ReplaySession> sessions = SessionHistoryCsv.read(Path.of(options.get("sessions")));
        SiteTopology site = SiteFile.read(Path.of(options.get("site")));
        Optional<TouTariff> tariff = options.containsKey("tariff")
                ? Optional.of(TouTariff.read(Path.of(options.get("tariff")))) : Optional.empty();
        Duration slot = Duration.ofMinutes(Long.parseLong(options.getOrDefault("slot-minutes", "5")));
        Optional<DemandChargeProtection> demand = options.containsKey("demand-cap-kw")
                ? Optional.of(new DemandChargeProtection(Power.ofWatts(Math.round(Double.parseDouble(options.get("demand-cap-kw")) * 1000)),
                Duration.ofMinutes(15), options.containsKey("hold-month-peak")))
                : Optional.empty();
        if (options.containsKey("tou") && tariff.isEmpty()) {
            throw new IllegalArgumentException("--tou needs --tariff");
        }
        Optional<TimeOfUseShifting> tou = options.containsKey("tou")
                ? Optional.of(new TimeOfUseShifting(tariff.orElseThrow(), 0.8)) : Optional.empty();
        AllocatorSettings settings = new AllocatorSettings(slot, Duration.ofHours(8),
                AllocatorSettings.Sharing.valueOf(options.getOrDefault("sharing", "PLANNED")));
        SessionReplay.Options replay = new SessionReplay.Options(slot, Duration.ofMinutes(15), tariff,
                options.containsKey("hide-needs"), options.containsKey("uncontrolled"));
        ReplayReport r = new SessionReplay(site, new SitePolicies(demand, tou), settings, replay).run(site.siteId(), sessions);
        System.out.printf(Locale.ROOT, """
                        site %s: %d sessions, %.1f kWh requested, %.1f kWh delivered (%.2f%%), %.2f%% of sessions fully met
                        peak %.2f kW, 15-minute peak %.2f kW, limit violations %d (drawn) / %d (at limits)
                        energy cost %s, demand charge %s
                        allocator: %d calls, p50 %.0f µs, p99 %.0f µs, max %.0f µs
                        """, site.siteId(), r.sessions(), r.requestedKwh(), r.deliveredKwh(), r.deliveredPct(),
                r.sessionsFullyMetPct(), r.peakKw(), r.peak15Kw(), r.violations(), r.violationsAtLimits(),
                r.energyCost() == null ? "n/a (no tariff)" : r.energyCost(), r.demandCharge() == null ? "n/a" : r.demandCharge(),
                r.allocations(), r.p50Micros(), r.p99Micros(), r.maxMicros());
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String name = args[i].substring(2);
            boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
            options.put(name, flag ? "true" : args[++i]);
        }
        return options;
    }
}
