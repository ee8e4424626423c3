package io.busbar.smartcharging.allocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A site topology compiled into constraints of one shape: |b_k + sum_i c_ik x_i| <= L_k, where x_i >= 0 is EVSE
 * i's charging current (A per phase) and c_ik a complex coefficient. Line currents are phasor sums at unity power
 * factor, so one shape covers European line-to-neutral sites (all coefficients of a line share one angle: the
 * magnitude is the arithmetic sum) and Caltech's delta model (line current I_A = I_AB - I_CA, transformer primary
 * I_a = (I_A - I_C)/4), after Lee et al., "ACN-Sim" (2021). Active-power constraints have real coefficients
 * (watts per ampere). Non-EV load b_k is subtracted from L_k by magnitude (triangle inequality: conservative).
 */
final class ElectricalModel {
    static final int DEMAND = 0;
    static final int GRID_POWER = 1;

    private final List<String> names = new ArrayList<>();
    private final List<LimitReason> kinds = new ArrayList<>();
    private final List<Double> limits = new ArrayList<>();
    /** For line constraints: node id and line (or primary line) index, to subtract non-EV load. */
    private final List<String> nodes = new ArrayList<>();
    private final List<double[]> lineWeights = new ArrayList<>();
    private final Map<String, Integer> evseIndex = new HashMap<>();
    private final EvseSpec[] evses;
    /** [evse][0 = single-phase EV, 1 = three-phase EV] */
    private final Terms[][] terms;
    private final Map<String, List<String>> ancestors = new HashMap<>();

    /** The constraints one EVSE appears in, with its coefficient in each (per ampere). */
    record Terms(int[] constraint, double[] re, double[] im, int phases, double wattsPerAmp, int group) {
        /** The same terms plus one more real constraint with coefficient 1 (per ampere). */
        Terms with(int extraConstraint) {
            int n = constraint.length;
            int[] c = java.util.Arrays.copyOf(constraint, n + 1);
            double[] r = java.util.Arrays.copyOf(re, n + 1);
            double[] m = java.util.Arrays.copyOf(im, n + 1);
            c[n] = extraConstraint;
            r[n] = 1;
            return new Terms(c, r, m, phases, wattsPerAmp, group);
        }
    }

    /** EVSE terms with identical coefficients in identical constraints form one group (e.g. one line pair). */
    private final Map<String, Integer> groups = new HashMap<>();

    private final String gridId;

    ElectricalModel(SiteTopology site) {
        this.gridId = site.grid().id();
        add("site/demand", LimitReason.LIMITED_BY_DEMAND_CAP, Double.POSITIVE_INFINITY, null, null);
        add(site.grid().id() + "/power", LimitReason.LIMITED_BY_POWER,
                site.grid().maxPower().map(p -> (double) p.watts()).orElse(Double.POSITIVE_INFINITY), null, null);
        Map<String, int[]> lineConstraintsOfNode = new HashMap<>();
        addLines(site.grid().id(), site.grid().phaseLimits(), lineConstraintsOfNode);
        for (Breaker breaker : site.breakers()) {
            addLines(breaker.id(), breaker.phaseLimits(), lineConstraintsOfNode);
        }
        int[] primary = new int[] {-1, -1, -1};
        site.grid().transformer().ifPresent(transformer -> {
            String[] labels = {"a", "b", "c"};
            for (Phase line : Phase.values()) {
                if (!transformer.primaryLimits().isLimitedOn(line)) {
                    continue;
                }
                // I_a = (I_1 - I_3)/n, I_b = (I_2 - I_1)/n, I_c = (I_3 - I_2)/n
                double[] weights = new double[3];
                weights[line.ordinal()] = 1 / transformer.ratio();
                weights[(line.ordinal() + 2) % 3] = -1 / transformer.ratio();
                primary[line.ordinal()] = add(site.grid().id() + "/primary-" + labels[line.ordinal()],
                        LimitReason.LIMITED_BY_TRANSFORMER, transformer.primaryLimits().on(line).amps(), site.grid().id(),
                        weights);
            }
        });
        evses = site.evses().toArray(EvseSpec[]::new);
        terms = new Terms[evses.length][2];
        for (int e = 0; e < evses.length; e++) {
            EvseSpec evse = evses[e];
            evseIndex.put(evse.id(), e);
            List<String> path = ancestors.computeIfAbsent(evse.parentId(), site::pathToGrid);
            for (int variant = 0; variant < 2; variant++) {
                Terms t = termsOf(site, evse, variant == 1, path, lineConstraintsOfNode, primary);
                StringBuilder key = new StringBuilder();
                for (int j = 0; j < t.constraint().length; j++) {
                    key.append(t.constraint()[j]).append(':').append(Math.round(t.re()[j] * 1e6)).append(',')
                            .append(Math.round(t.im()[j] * 1e6)).append(';');
                }
                int group = groups.computeIfAbsent(key.toString(), k -> groups.size());
                terms[e][variant] = new Terms(t.constraint(), t.re(), t.im(), t.phases(), t.wattsPerAmp(), group);
            }
        }
        for (Breaker breaker : site.breakers()) {
            ancestors.computeIfAbsent(breaker.id(), site::pathToGrid);
        }
        ancestors.computeIfAbsent(site.grid().id(), site::pathToGrid);
    }

    private void addLines(String node, PhaseCurrents phaseLimits, Map<String, int[]> lineConstraintsOfNode) {
        int[] indices = {-1, -1, -1};
        for (Phase line : Phase.values()) {
            if (phaseLimits.isLimitedOn(line)) {
                double[] weights = new double[3];
                weights[line.ordinal()] = 1;
                indices[line.ordinal()] = add(node + "/" + line.name(), LimitReason.LIMITED_BY_PHASE,
                        phaseLimits.on(line).amps(), node, weights);
            }
        }
        lineConstraintsOfNode.put(node, indices);
    }

    private int add(String name, LimitReason kind, double limit, String node, double[] weights) {
        names.add(name);
        kinds.add(kind);
        limits.add(limit);
        nodes.add(node);
        lineWeights.add(weights);
        return names.size() - 1;
    }

    private static Terms termsOf(SiteTopology site, EvseSpec evse, boolean threePhaseEv, List<String> path,
                                 Map<String, int[]> lineConstraintsOfNode, int[] primary) {
        double[] gRe = new double[3];
        double[] gIm = new double[3];
        int phases;
        double wattsPerAmp;
        switch (evse.wiring()) {
            case EvseWiring.LineToNeutral(Phase line) -> {
                gRe[line.ordinal()] = Math.cos(line.angleRadians());
                gIm[line.ordinal()] = Math.sin(line.angleRadians());
                phases = 1;
                wattsPerAmp = site.lineToNeutral().volts();
            }
            case EvseWiring.LineToLine(Phase from, Phase to) -> {
                double re = Math.cos(from.angleRadians()) - Math.cos(to.angleRadians());
                double im = Math.sin(from.angleRadians()) - Math.sin(to.angleRadians());
                double norm = Math.hypot(re, im);
                gRe[from.ordinal()] += re / norm;
                gIm[from.ordinal()] += im / norm;
                gRe[to.ordinal()] -= re / norm;
                gIm[to.ordinal()] -= im / norm;
                phases = 1;
                wattsPerAmp = site.lineToLine().volts();
            }
            case EvseWiring.ThreePhase(PhaseRotation rotation) -> {
                phases = threePhaseEv ? 3 : 1;
                for (int q = 0; q < phases; q++) {
                    Phase line = rotation.gridLineOf(Phase.values()[q]);
                    gRe[line.ordinal()] += Math.cos(line.angleRadians());
                    gIm[line.ordinal()] += Math.sin(line.angleRadians());
                }
                wattsPerAmp = (double) phases * site.lineToNeutral().volts();
            }
        }
        List<Integer> constraint = new ArrayList<>();
        List<Double> re = new ArrayList<>();
        List<Double> im = new ArrayList<>();
        constraint.add(DEMAND);
        re.add(wattsPerAmp);
        im.add(0.0);
        constraint.add(GRID_POWER);
        re.add(wattsPerAmp);
        im.add(0.0);
        for (String node : path) {
            int[] lines = lineConstraintsOfNode.get(node);
            for (int l = 0; l < 3; l++) {
                if (lines[l] >= 0 && (gRe[l] != 0 || gIm[l] != 0)) {
                    constraint.add(lines[l]);
                    re.add(gRe[l]);
                    im.add(gIm[l]);
                }
            }
        }
        for (int l = 0; l < 3; l++) {
            if (primary[l] >= 0) {
                int other = (l + 2) % 3;
                double cRe = gRe[l] - gRe[other];
                double cIm = gIm[l] - gIm[other];
                if (Math.hypot(cRe, cIm) > 1e-12) {
                    double ratio = 1 / site.grid().transformer().orElseThrow().ratio();
                    constraint.add(primary[l]);
                    re.add(cRe * ratio);
                    im.add(cIm * ratio);
                }
            }
        }
        return new Terms(constraint.stream().mapToInt(Integer::intValue).toArray(),
                re.stream().mapToDouble(Double::doubleValue).toArray(),
                im.stream().mapToDouble(Double::doubleValue).toArray(), phases, wattsPerAmp, -1);
    }

    /** Whether constraint k is shared by the whole site (power, demand, grid lines, transformer), not a breaker's. */
    boolean siteWide(int k) {
        return k < names.size() && (nodes.get(k) == null || nodes.get(k).equals(gridId));
    }

    int groupCount() {
        return groups.size();
    }

    int size() {
        return names.size();
    }

    String name(int constraint) {
        return names.get(constraint);
    }

    LimitReason kind(int constraint) {
        return kinds.get(constraint);
    }

    /** The index of an EVSE, or -1. */
    int evseIndex(String evseId) {
        return evseIndex.getOrDefault(evseId, -1);
    }

    EvseSpec evse(int index) {
        return evses[index];
    }

    Terms terms(int evse, boolean threePhaseEv) {
        return terms[evse][threePhaseEv ? 1 : 0];
    }

    /**
     * The limits left for EVs: configured limits minus the non-EV load (by magnitude, on the node where it is
     * measured and every node above it), never below zero.
     */
    double[] limitsLeft(SiteState state) {
        double[] left = new double[names.size()];
        for (int k = 0; k < left.length; k++) {
            left[k] = limits.get(k);
        }
        left[GRID_POWER] -= state.nonEvPower().watts();
        for (Map.Entry<String, PhaseCurrents> load : state.nonEvLoad().entrySet()) {
            List<String> path = ancestors.get(load.getKey());
            if (path == null) {
                throw new IllegalArgumentException("non-EV load on unknown node " + load.getKey());
            }
            double[] amps = {load.getValue().l1().amps(), load.getValue().l2().amps(), load.getValue().l3().amps()};
            for (int k = 0; k < left.length; k++) {
                double[] weights = lineWeights.get(k);
                if (weights != null && path.contains(nodes.get(k))) {
                    for (int l = 0; l < 3; l++) {
                        left[k] -= Math.abs(weights[l]) * amps[l];
                    }
                }
            }
        }
        for (int k = 0; k < left.length; k++) {
            left[k] = Math.max(0, left[k]);
        }
        return left;
    }
}
