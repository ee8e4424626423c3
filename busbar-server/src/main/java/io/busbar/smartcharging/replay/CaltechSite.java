package io.busbar.smartcharging.replay;

import io.busbar.platform.units.Current;
import io.busbar.platform.units.Power;
import io.busbar.platform.units.Voltage;
import io.busbar.smartcharging.allocation.Breaker;
import io.busbar.smartcharging.allocation.EvseSpec;
import io.busbar.smartcharging.allocation.EvseWiring;
import io.busbar.smartcharging.allocation.GridConnection;
import io.busbar.smartcharging.allocation.Phase;
import io.busbar.smartcharging.allocation.PhaseCurrents;
import io.busbar.smartcharging.allocation.SiteTopology;
import io.busbar.smartcharging.allocation.Transformer;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Caltech's ACN as acnportal's {@code caltech_acn} models it, built from the stations of the ACN sessions CSV
 * (station_id, line_pair AB/BC/CA, pod): single-phase 208 V EVSEs of 32 A across a line pair, behind a delta-wye
 * transformer (277 V line-to-neutral primary, 120/208 V secondary, ratio 4) whose secondary line currents are limited
 * to cap/3/120 V and primary currents to cap/3/277 V, and two 80 A pods. The single aggregate model instead limits
 * the total power to the cap.
 */
public final class CaltechSite {
    private static final String GRID = "transformer";

    private final Map<String, String[]> stations; // id -> line pair, pod

    private CaltechSite(Map<String, String[]> stations) {
        this.stations = stations;
    }

    public static CaltechSite fromSessions(Path sessionsCsv) throws IOException {
        List<String> lines = Files.readAllLines(sessionsCsv);
        List<String> header = List.of(lines.getFirst().split(",", -1));
        int station = header.indexOf("station_id");
        int pair = header.indexOf("line_pair");
        int pod = header.indexOf("pod");
        if (station < 0 || pair < 0 || pod < 0) {
            throw new IllegalArgumentException(sessionsCsv + ": needs columns station_id, line_pair and pod");
        }
        Map<String, String[]> stations = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            stations.putIfAbsent(f[station], new String[] {f[pair], f[pod]});
        }
        return new CaltechSite(stations);
    }

    /** The three-phase model with the transformer sized at {@code capKw}. */
    public SiteTopology threePhase(int capKw, Current minCurrent, Current step) {
        double secondary = capKw * 1000.0 / 3 / 120;
        double primary = capKw * 1000.0 / 3 / 277;
        GridConnection grid = new GridConnection(GRID, PhaseCurrents.uniform(amps(secondary)), Optional.empty(),
                Optional.of(new Transformer(4, PhaseCurrents.uniform(amps(primary)))));
        List<Breaker> pods = new ArrayList<>();
        for (String pod : stations.values().stream().map(s -> s[1]).filter(p -> !p.isEmpty()).distinct().sorted().toList()) {
            pods.add(new Breaker(pod, GRID, PhaseCurrents.uniform(Current.ofAmps(80))));
        }
        return new SiteTopology("caltech-acn-3ph-" + capKw + "kW", Voltage.ofVolts(120), Voltage.ofVolts(208), grid, pods,
                evses(true, minCurrent, step));
    }

    /** One aggregate power cap, no phases. */
    public SiteTopology singleAggregate(int capKw, Current minCurrent, Current step) {
        GridConnection grid = new GridConnection(GRID, PhaseCurrents.UNLIMITED, Optional.of(Power.ofKilowatts(capKw)),
                Optional.empty());
        return new SiteTopology("caltech-acn-1ph-" + capKw + "kW", Voltage.ofVolts(120), Voltage.ofVolts(208), grid,
                List.of(), evses(false, minCurrent, step));
    }

    private List<EvseSpec> evses(boolean pods, Current minCurrent, Current step) {
        List<EvseSpec> evses = new ArrayList<>();
        stations.forEach((id, info) -> {
            EvseWiring wiring = switch (info[0]) {
                case "AB" -> new EvseWiring.LineToLine(Phase.L1, Phase.L2);
                case "BC" -> new EvseWiring.LineToLine(Phase.L2, Phase.L3);
                case "CA" -> new EvseWiring.LineToLine(Phase.L3, Phase.L1);
                default -> throw new IllegalArgumentException("station " + id + ": unknown line pair " + info[0]);
            };
            String parent = pods && !info[1].isEmpty() ? info[1] : GRID;
            evses.add(new EvseSpec(id, parent, wiring, Current.ofAmps(32), minCurrent, step));
        });
        return evses;
    }

    private static Current amps(double value) {
        return Current.ofAmps(BigDecimal.valueOf(value).setScale(3, java.math.RoundingMode.DOWN));
    }
}
