package io.busbar.smartcharging.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A receding-horizon plan over groups of EVSEs that load the supply identically (e.g. Caltech's line pairs AB, BC,
 * CA; see {@link ElectricalModel}): how much current each group should take now so that the EVs plugged in get the
 * most energy by their departures. Model predictive control as in ACN's adaptive scheduling algorithm (Lee et al.,
 * "Adaptive Charging Networks: A Framework for Smart Electric Vehicle Charging", IEEE Trans. Smart Grid 2021): a
 * convex program over the horizon with the connected EVs' remaining energy and departures, re-solved every period,
 * of which only the first period is applied. Made small enough to solve on every allocation:
 * <ul>
 * <li>Variables are group currents per time block, not per EV: blocks double in length (1, 1, 2, 4, 8... periods)
 * up to the last departure, at most {@link #MAX_BLOCKS}.</li>
 * <li>What a group can absorb is bounded per interval of blocks (single blocks, prefixes, suffixes): at most
 * sum over its EVs of min(energy left, max current x time plugged in within the interval). Suffix bounds are what
 * make departures matter: energy an EV needs must come before it leaves. Within a group the allocator's
 * least-laxity filling realises the plan.</li>
 * <li>Phasor limits |sum c_g x_g| <= L are linearised as an inscribed regular {@value #FACES}-gon (inner
 * approximation: a plan within it is within the circle), keeping only the faces the sum can reach (its
 * directions span a cone).</li>
 * <li>Objective: energy, weighted slightly towards early blocks (ACN's "quick charge" regulariser): with arrivals
 * unknown, energy delivered now keeps capacity free for them.</li>
 * </ul>
 * The plan only caps the current of each class of groups that load the site-wide limits identically (a line pair,
 * whatever its pod) in the current period ({@link NeedBalance} shape); the caps are lifted
 * afterwards and the filling's exact checks and worst-case repair still decide every limit, so the plan can never
 * make an allocation unsafe.
 */
final class HorizonPlan {
    static final int MAX_BLOCKS = 10;
    static final int MAX_GROUPS = 12;
    static final int FACES = 24;
    /** Relative weight of energy in the first block over the last (ACN's quick-charge regulariser). */
    static final double EARLY_PREFERENCE = 0.1;
    private static final int MAX_PIVOTS = 5_000;

    private HorizonPlan() {
    }

    /**
     * Group caps for this period from the plan, or {@link NeedBalance#of} when a plan does not apply (fewer than two
     * groups with EVs, more than {@link #MAX_GROUPS}, or EVs in more than one priority class).
     */
    static NeedBalance of(ElectricalModel model, ElectricalModel.Terms[] terms, EvNeed[] needs, double[] hi, double[] lo,
                          int[] tier, double[] limits, double periodHours) {
        int groupCount = model.groupCount();
        int[] slot = new int[groupCount];
        Arrays.fill(slot, -1);
        List<Integer> active = new ArrayList<>();
        boolean oneTier = true;
        for (int i = 0; i < terms.length; i++) {
            if (hi[i] > 0 && lo[i] <= hi[i]) {
                int g = terms[i].group();
                if (slot[g] < 0) {
                    slot[g] = active.size();
                    active.add(g);
                }
                oneTier &= tier[i] == tier[0];
            }
        }
        int q = active.size();
        if (q < 2 || q > MAX_GROUPS || !oneTier) {
            return NeedBalance.of(model, terms, needs, hi, limits);
        }
        double[] blocks = blocks(needs, periodHours);
        double[] caps = solve(model, terms, needs, hi, lo, limits, active, slot, blocks);
        // The plan's split between groups that differ only below the grid (e.g. the same line pair in different pods)
        // is arbitrary where the breakers do not bind; only their sum is capped, and least-laxity filling (which
        // checks the breakers exactly) shares it.
        int[] classOf = new int[groupCount];
        Map<String, Integer> classes = new HashMap<>();
        for (int i = 0; i < terms.length; i++) {
            classOf[terms[i].group()] = classes.computeIfAbsent(siteWideKey(model, terms[i]), key -> classes.size());
        }
        double[] extended = Arrays.copyOf(limits, limits.length + classes.size());
        for (int g = 0; g < groupCount; g++) {
            if (slot[g] >= 0) {
                extended[limits.length + classOf[g]] += caps[slot[g]];
            }
        }
        ElectricalModel.Terms[] capped = new ElectricalModel.Terms[terms.length];
        for (int i = 0; i < terms.length; i++) {
            capped[i] = terms[i].with(limits.length + classOf[terms[i].group()]);
        }
        int[] temporary = new int[classes.size()];
        for (int c = 0; c < temporary.length; c++) {
            temporary[c] = limits.length + c;
        }
        return new NeedBalance(capped, extended, temporary);
    }

    private static String siteWideKey(ElectricalModel model, ElectricalModel.Terms terms) {
        StringBuilder key = new StringBuilder();
        for (int j = 0; j < terms.constraint().length; j++) {
            if (model.siteWide(terms.constraint()[j])) {
                key.append(terms.constraint()[j]).append(':').append(Math.round(terms.re()[j] * 1e6)).append(',')
                        .append(Math.round(terms.im()[j] * 1e6)).append(';');
            }
        }
        return key.toString();
    }

    /** Block lengths in hours: 1, 1, 2, 4, ... periods, the last one ending at the last departure. */
    static double[] blocks(EvNeed[] needs, double periodHours) {
        double horizon = periodHours;
        for (EvNeed need : needs) {
            horizon = Math.max(horizon, need.hoursLeft());
        }
        List<Double> lengths = new ArrayList<>();
        double covered = 0;
        double next = periodHours;
        while (covered < horizon - 1e-9 && lengths.size() < MAX_BLOCKS) {
            double length = lengths.size() == MAX_BLOCKS - 1 ? horizon - covered : Math.min(next, horizon - covered);
            lengths.add(length);
            covered += length;
            if (lengths.size() > 1) {
                next *= 2;
            }
        }
        return lengths.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The planned current (A) of each active group in the first block. */
    private static double[] solve(ElectricalModel model, ElectricalModel.Terms[] terms, EvNeed[] needs, double[] hi,
                                  double[] lo, double[] limits, List<Integer> active, int[] slot, double[] blocks) {
        int q = active.size();
        int nb = blocks.length;
        double[] start = new double[nb + 1];
        for (int b = 0; b < nb; b++) {
            start[b + 1] = start[b] + blocks[b];
        }
        double horizon = start[nb];
        LinearProgram lp = new LinearProgram(q * nb);
        double[] wattsPerAmp = new double[q];
        double[] maxAmps = new double[q];
        List<List<Integer>> members = new ArrayList<>();
        for (int g = 0; g < q; g++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < terms.length; i++) {
            if (hi[i] > 0 && lo[i] <= hi[i]) {
                int g = slot[terms[i].group()];
                members.get(g).add(i);
                wattsPerAmp[g] = terms[i].wattsPerAmp();
                maxAmps[g] += hi[i];
            }
        }
        for (int g = 0; g < q; g++) {
            for (int b = 0; b < nb; b++) {
                double middle = (start[b] + start[b + 1]) / 2;
                double weight = 1 + EARLY_PREFERENCE * (1 - middle / horizon);
                lp.objective(g * nb + b, weight * blocks[b] * wattsPerAmp[g] / 1000);
            }
        }
        // what each group can absorb per interval of blocks (ampere-hours)
        Set<Long> intervals = new LinkedHashSet<>();
        for (int b = 0; b < nb; b++) {
            intervals.add(interval(b, b));
            intervals.add(interval(0, b));
            intervals.add(interval(b, nb - 1));
        }
        for (int g = 0; g < q; g++) {
            for (long key : intervals) {
                int from = (int) (key >> 32);
                int to = (int) key;
                double t0 = start[from];
                double t1 = start[to + 1];
                double absorbable = 0;
                for (int i : members.get(g)) {
                    double overlap = Math.max(0, Math.min(needs[i].hoursLeft(), t1) - t0);
                    double ampHours = needs[i].energyKwh().map(kwh -> kwh * 1000 / terms[i].wattsPerAmp())
                            .orElse(hi[i] * needs[i].hoursLeft());
                    absorbable += Math.min(ampHours, hi[i] * overlap);
                }
                double[] row = new double[q * nb];
                for (int b = from; b <= to; b++) {
                    row[g * nb + b] = blocks[b];
                }
                lp.addRow(row, absorbable);
            }
        }
        addNetworkRows(lp, model, terms, limits, active, members, maxAmps, nb);
        double[] x = lp.maximise(MAX_PIVOTS);
        double[] caps = new double[q];
        for (int g = 0; g < q; g++) {
            caps[g] = x[g * nb];
        }
        return caps;
    }

    private static long interval(int from, int to) {
        return ((long) from << 32) | to;
    }

    /** Every limit the active groups load, per block, as the faces of the inscribed polygon the sum can reach. */
    private static void addNetworkRows(LinearProgram lp, ElectricalModel model, ElectricalModel.Terms[] terms,
                                       double[] limits, List<Integer> active, List<List<Integer>> members,
                                       double[] maxAmps, int nb) {
        int q = active.size();
        double shrink = Math.cos(Math.PI / FACES);
        for (int k = 0; k < limits.length; k++) {
            if (Double.isInfinite(limits[k])) {
                continue;
            }
            double[] re = new double[q];
            double[] im = new double[q];
            double reach = 0;
            for (int g = 0; g < q; g++) {
                ElectricalModel.Terms t = terms[members.get(g).getFirst()];
                for (int j = 0; j < t.constraint().length; j++) {
                    if (t.constraint()[j] == k) {
                        re[g] = t.re()[j];
                        im[g] = t.im()[j];
                    }
                }
                reach += Math.hypot(re[g], im[g]) * maxAmps[g];
            }
            if (reach <= limits[k] * shrink) {
                continue; // cannot bind
            }
            boolean real = true;
            for (int g = 0; g < q; g++) {
                real &= im[g] == 0 && re[g] >= 0;
            }
            if (real) {
                for (int b = 0; b < nb; b++) {
                    double[] row = new double[q * nb];
                    for (int g = 0; g < q; g++) {
                        row[g * nb + b] = re[g];
                    }
                    lp.addRow(row, limits[k]);
                }
                continue;
            }
            for (int face = 0; face < FACES; face++) {
                double angle = 2 * Math.PI * face / FACES;
                double cos = Math.cos(angle);
                double sin = Math.sin(angle);
                double[] projection = new double[q];
                boolean reachable = false;
                for (int g = 0; g < q; g++) {
                    projection[g] = re[g] * cos + im[g] * sin;
                    reachable |= projection[g] > 1e-12;
                }
                if (!reachable || !Cone.of(re, im).reachesSector(angle, Math.PI / FACES)) {
                    continue;
                }
                for (int b = 0; b < nb; b++) {
                    double[] row = new double[q * nb];
                    for (int g = 0; g < q; g++) {
                        row[g * nb + b] = projection[g];
                    }
                    lp.addRow(row, limits[k] * shrink);
                }
            }
        }
    }

    /** The directions a sum of non-negative multiples of the given vectors can point in. */
    private record Cone(boolean whole, double from, double width) {
        static Cone of(double[] re, double[] im) {
            List<Double> angles = new ArrayList<>();
            for (int g = 0; g < re.length; g++) {
                if (Math.hypot(re[g], im[g]) > 1e-12) {
                    angles.add(normalise(Math.atan2(im[g], re[g])));
                }
            }
            if (angles.isEmpty()) {
                return new Cone(false, 0, -1);
            }
            angles.sort(Double::compare);
            double largestGap = -1;
            int after = 0;
            for (int a = 0; a < angles.size(); a++) {
                double gap = a + 1 < angles.size() ? angles.get(a + 1) - angles.get(a)
                        : angles.getFirst() + 2 * Math.PI - angles.get(a);
                if (gap > largestGap) {
                    largestGap = gap;
                    after = (a + 1) % angles.size();
                }
            }
            if (largestGap < Math.PI) {
                return new Cone(true, 0, 2 * Math.PI);
            }
            return new Cone(false, angles.get(after), 2 * Math.PI - largestGap);
        }

        /** Whether some direction of the cone lies within halfWidth of the angle. */
        boolean reachesSector(double angle, double halfWidth) {
            if (whole) {
                return true;
            }
            if (width < 0) {
                return false;
            }
            double offset = normalise(angle - from);
            return offset <= width + halfWidth + 1e-9 || offset >= 2 * Math.PI - halfWidth - 1e-9;
        }

        private static double normalise(double angle) {
            double a = angle % (2 * Math.PI);
            return a < 0 ? a + 2 * Math.PI : a;
        }
    }
}
