package io.busbar.smartcharging.replay;

import io.busbar.smartcharging.allocation.Breaker;
import io.busbar.smartcharging.allocation.EvseSpec;
import io.busbar.smartcharging.allocation.EvseWiring;
import io.busbar.smartcharging.allocation.Phase;
import io.busbar.smartcharging.allocation.PhaseCurrents;
import io.busbar.smartcharging.allocation.SiteTopology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks what was actually drawn against every limit of a site, written independently of the allocator's compiled
 * model: line-current phasors are summed per node from the wiring, then compared with each node's per-phase limits,
 * the transformer primary currents and the grid power limit. A violation is any excess over 1 mA (or 1 W).
 */
public final class LimitAudit {
    private static final double[] ANGLE = {0, Math.toRadians(-120), Math.toRadians(120)};

    private final SiteTopology site;
    private final Map<String, EvseSpec> evses = new HashMap<>();
    private final Map<String, List<String>> pathOf = new HashMap<>();

    public LimitAudit(SiteTopology site) {
        this.site = site;
        Map<String, String> parent = new HashMap<>();
        for (Breaker b : site.breakers()) {
            parent.put(b.id(), b.parentId());
        }
        for (EvseSpec e : site.evses()) {
            evses.put(e.id(), e);
            List<String> path = new ArrayList<>();
            for (String node = e.parentId(); node != null; node = parent.get(node)) {
                path.add(node);
            }
            pathOf.put(e.id(), path);
        }
    }

    /** One EVSE's draw: amperes per phase on {@code phases} phases. */
    public record Draw(String evseId, double amps, int phases) {
    }

    /** The names of the limits exceeded by these simultaneous draws (empty = all within limits). */
    public List<String> violations(List<Draw> draws) {
        return violations(draws, Map.of(), 0);
    }

    /**
     * As {@link #violations(List)}, on top of non-EV load measured at nodes (magnitudes per line, which may have
     * any phase angle: the worst case, magnitudes adding up, is checked) and non-EV power.
     */
    public List<String> violations(List<Draw> draws, Map<String, PhaseCurrents> nonEvLoad, double nonEvWatts) {
        Map<String, double[]> lines = new HashMap<>(); // node -> re1, im1, re2, im2, re3, im3
        double watts = 0;
        for (Draw draw : draws) {
            EvseSpec evse = evses.get(draw.evseId());
            double[] phasor = new double[6];
            switch (evse.wiring()) {
                case EvseWiring.LineToNeutral(Phase line) -> {
                    inject(phasor, line.ordinal(), draw.amps(), ANGLE[line.ordinal()]);
                    watts += draw.amps() * site.lineToNeutral().volts();
                }
                case EvseWiring.LineToLine(Phase from, Phase to) -> {
                    double re = Math.cos(ANGLE[from.ordinal()]) - Math.cos(ANGLE[to.ordinal()]);
                    double im = Math.sin(ANGLE[from.ordinal()]) - Math.sin(ANGLE[to.ordinal()]);
                    double angle = Math.atan2(im, re);
                    inject(phasor, from.ordinal(), draw.amps(), angle);
                    inject(phasor, to.ordinal(), -draw.amps(), angle);
                    watts += draw.amps() * site.lineToLine().volts();
                }
                case EvseWiring.ThreePhase(var rotation) -> {
                    for (int q = 0; q < draw.phases(); q++) {
                        int line = rotation.gridLineOf(Phase.values()[q]).ordinal();
                        inject(phasor, line, draw.amps(), ANGLE[line]);
                    }
                    watts += draw.amps() * draw.phases() * site.lineToNeutral().volts();
                }
            }
            for (String node : pathOf.get(draw.evseId())) {
                double[] sum = lines.computeIfAbsent(node, n -> new double[6]);
                for (int j = 0; j < 6; j++) {
                    sum[j] += phasor[j];
                }
            }
        }
        Map<String, double[]> load = new HashMap<>(); // node -> extra magnitude per line, from below
        Map<String, String> parent = new HashMap<>();
        site.breakers().forEach(b -> parent.put(b.id(), b.parentId()));
        nonEvLoad.forEach((where, currents) -> {
            for (String node = where; node != null; node = parent.get(node)) {
                double[] extra = load.computeIfAbsent(node, n -> new double[3]);
                for (Phase phase : Phase.values()) {
                    extra[phase.ordinal()] += currents.on(phase).amps();
                }
            }
        });
        List<String> exceeded = new ArrayList<>();
        check(exceeded, site.grid().id(), lines.get(site.grid().id()), load.get(site.grid().id()), site.grid().phaseLimits());
        for (Breaker b : site.breakers()) {
            check(exceeded, b.id(), lines.get(b.id()), load.get(b.id()), b.phaseLimits());
        }
        double[] gridLoad = load.getOrDefault(site.grid().id(), new double[3]);
        double totalWatts = watts + nonEvWatts;
        double[] grid = lines.getOrDefault(site.grid().id(), new double[6]);
        site.grid().transformer().ifPresent(t -> {
            String[] names = {"a", "b", "c"};
            for (int l = 0; l < 3; l++) {
                int other = (l + 2) % 3;
                double re = (grid[2 * l] - grid[2 * other]) / t.ratio();
                double im = (grid[2 * l + 1] - grid[2 * other + 1]) / t.ratio();
                double extra = (gridLoad[l] + gridLoad[other]) / t.ratio();
                if (t.primaryLimits().isLimitedOn(Phase.values()[l])
                        && Math.hypot(re, im) + extra > t.primaryLimits().on(Phase.values()[l]).amps() + 1e-3) {
                    exceeded.add(site.grid().id() + "/primary-" + names[l]);
                }
            }
        });
        if (site.grid().maxPower().isPresent() && totalWatts > site.grid().maxPower().get().watts() + 1e-3) {
            exceeded.add(site.grid().id() + "/power");
        }
        return exceeded;
    }

    private static void inject(double[] phasor, int line, double amps, double angle) {
        phasor[2 * line] += amps * Math.cos(angle);
        phasor[2 * line + 1] += amps * Math.sin(angle);
    }

    private static void check(List<String> exceeded, String node, double[] sum, double[] extra, PhaseCurrents limits) {
        double[] phasors = sum == null ? new double[6] : sum;
        double[] load = extra == null ? new double[3] : extra;
        for (Phase phase : Phase.values()) {
            int l = phase.ordinal();
            double magnitude = Math.hypot(phasors[2 * l], phasors[2 * l + 1]) + load[l];
            if (limits.isLimitedOn(phase) && magnitude > limits.on(phase).amps() + 1e-3) {
                exceeded.add(node + "/" + phase.name());
            }
        }
    }
}
