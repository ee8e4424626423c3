package io.busbar.smartcharging.allocation;

import java.util.Arrays;

/**
 * The numeric core: given each EV's bounds [lo, hi] (lo = minimum current, 0 = must not charge), a weight, a priority
 * tier and an urgency rank, finds currents that satisfy every constraint |S_k| <= L_k of the {@link ElectricalModel}.
 *
 * <ol>
 * <li>Admission: in urgency order, each EV gets its minimum if that still fits, else it is paused (0 A): below the
 * minimum an EV cannot charge (IEC 61851-1), so the least urgent ones wait.</li>
 * <li>Progressive filling ("water-filling", Bertsekas and Gallager, Data Networks, max-min fairness), tier by tier:
 * all admitted EVs of a tier rise together, each at its weight's speed, until an EV reaches its bound or a
 * constraint becomes tight; the EVs that push a tight constraint outward stop there, the others continue. With
 * phasor constraints this balances line pairs by itself: EVs on lightly loaded lines keep rising.</li>
 * <li>Quantisation down to each EVSE's step, a repair pass in case rounding a current down increased a phasor sum,
 * and a greedy pass that hands what rounding left over to the most urgent EVs.</li>
 * </ol>
 * Limits are reduced by a small margin first, and every check is on the exact constraint, so floating point can
 * only make the result more conservative.
 */
final class WaterFilling {
    private static final double EPS = 1e-9;

    private final ElectricalModel.Terms[] terms;
    private final double[] lo;
    private final double[] hi;
    private final double[] step;
    private final double[] weight;
    private final int[] tier;
    /** EV indices, most urgent first (higher tier first, then urgency). */
    private final int[] order;
    private final double[] limit;
    private final double[] sRe;
    private final double[] sIm;
    final double[] x;
    /** Constraint that stopped the EV, or -1 when its own bound (hi) did; -2 when paused for lack of room. */
    final int[] stoppedBy;
    private final int[] blockedBy;
    private final boolean[] admitted;
    static final int OWN_BOUND = -1;
    static final int PAUSED = -2;

    WaterFilling(ElectricalModel.Terms[] terms, double[] lo, double[] hi, double[] step, double[] weight, int[] tier,
                 int[] order, double[] limitsLeft) {
        this.terms = terms;
        this.lo = lo;
        this.hi = hi;
        this.step = step;
        this.weight = weight;
        this.tier = tier;
        this.order = order;
        this.limit = new double[limitsLeft.length];
        for (int k = 0; k < limit.length; k++) {
            // conservative margin: 1 ppm and 1 mA (or 1 mW) below the limit
            limit[k] = Double.isInfinite(limitsLeft[k]) ? Double.POSITIVE_INFINITY
                    : Math.max(0, limitsLeft[k] - Math.abs(limitsLeft[k]) * 1e-6 - 1e-3);
        }
        this.sRe = new double[limit.length];
        this.sIm = new double[limit.length];
        this.x = new double[lo.length];
        this.stoppedBy = new int[lo.length];
        this.blockedBy = new int[lo.length];
        this.admitted = new boolean[lo.length];
        Arrays.fill(stoppedBy, OWN_BOUND);
        Arrays.fill(blockedBy, -1);
    }

    void solve() {
        admit();
        fill();
        quantise();
    }

    private void admit() {
        for (int i : order) {
            if (hi[i] <= 0 || lo[i] > hi[i]) {
                continue;
            }
            int blocking = blockingConstraint(i, lo[i]);
            if (blocking < 0) {
                add(i, lo[i]);
                admitted[i] = true;
            } else {
                stoppedBy[i] = PAUSED;
                blockedBy[i] = blocking;
            }
        }
    }

    /** For paused EVs: the constraint their minimum did not fit under. */
    int blockedBy(int i) {
        return blockedBy[i];
    }

    private void fill() {
        int n = x.length;
        boolean[] active = new boolean[n];
        double[] start = new double[n];
        double[] qRe = new double[limit.length];
        double[] qIm = new double[limit.length];
        int[] tiers = Arrays.stream(order).map(i -> tier[i]).distinct().toArray();
        for (int t : tiers) {
            Arrays.fill(qRe, 0);
            Arrays.fill(qIm, 0);
            int activeCount = 0;
            for (int i : order) {
                if (tier[i] == t && admitted[i] && x[i] < hi[i] - EPS && weight[i] > 0) {
                    active[i] = true;
                    activeCount++;
                    start[i] = x[i];
                    ElectricalModel.Terms e = terms[i];
                    for (int j = 0; j < e.constraint().length; j++) {
                        qRe[e.constraint()[j]] += e.re()[j] * weight[i];
                        qIm[e.constraint()[j]] += e.im()[j] * weight[i];
                    }
                }
            }
            double lambda = 0;
            for (int guard = 0; activeCount > 0 && guard < n + limit.length + 8; guard++) {
                double next = Double.POSITIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    if (active[i]) {
                        next = Math.min(next, (hi[i] - start[i]) / weight[i]);
                    }
                }
                double step = next - lambda;
                for (int k = 0; k < limit.length; k++) {
                    step = Math.min(step, roomAlong(k, qRe[k], qIm[k]));
                }
                if (step < 0) {
                    step = 0;
                }
                for (int k = 0; k < limit.length; k++) {
                    sRe[k] += step * qRe[k];
                    sIm[k] += step * qIm[k];
                }
                lambda += step;
                boolean frozeAny = false;
                for (int i = 0; i < n; i++) {
                    if (active[i] && (hi[i] - start[i]) / weight[i] <= lambda + EPS) {
                        frozeAny |= freeze(i, hi[i] - start[i], -1, active, qRe, qIm);
                        activeCount--;
                    }
                }
                for (int k = 0; k < limit.length; k++) {
                    if ((qRe[k] != 0 || qIm[k] != 0) && roomAlong(k, qRe[k], qIm[k]) <= EPS) {
                        int frozen = 0;
                        for (int pass = 0; pass < 2 && frozen == 0; pass++) {
                            for (int i = 0; i < n; i++) {
                                if (active[i] && pushesOut(i, k, pass == 1)) {
                                    freeze(i, lambda * weight[i], k, active, qRe, qIm);
                                    frozen++;
                                    activeCount--;
                                }
                            }
                        }
                        frozeAny |= frozen > 0;
                    }
                }
                if (!frozeAny && step <= EPS) {
                    break;
                }
            }
            for (int i = 0; i < n; i++) {
                if (active[i]) {
                    freeze(i, lambda * weight[i], -1, active, qRe, qIm);
                }
            }
        }
    }

    /** Sets the EV's current to start + rise, takes it out of the rising set; x and S already include the rise. */
    private boolean freeze(int i, double rise, int constraint, boolean[] active, double[] qRe, double[] qIm) {
        active[i] = false;
        x[i] += Math.max(0, rise);
        stoppedBy[i] = constraint;
        ElectricalModel.Terms e = terms[i];
        for (int j = 0; j < e.constraint().length; j++) {
            qRe[e.constraint()[j]] -= e.re()[j] * weight[i];
            qIm[e.constraint()[j]] -= e.im()[j] * weight[i];
        }
        return true;
    }

    /** Whether raising EV i increases |S_k| (or, in the fallback pass, touches constraint k at all). */
    private boolean pushesOut(int i, int k, boolean anyTouch) {
        ElectricalModel.Terms e = terms[i];
        for (int j = 0; j < e.constraint().length; j++) {
            if (e.constraint()[j] == k) {
                return anyTouch || sRe[k] * e.re()[j] + sIm[k] * e.im()[j] > 0;
            }
        }
        return false;
    }

    /** How far S_k can move along (dRe, dIm) before |S_k| reaches L_k: the larger root of a convex quadratic. */
    private double roomAlong(int k, double dRe, double dIm) {
        double a = dRe * dRe + dIm * dIm;
        if (a < 1e-18 || Double.isInfinite(limit[k])) {
            return Double.POSITIVE_INFINITY;
        }
        double b = 2 * (sRe[k] * dRe + sIm[k] * dIm);
        double c = sRe[k] * sRe[k] + sIm[k] * sIm[k] - limit[k] * limit[k];
        if (c > 0) {
            return 0;
        }
        double disc = Math.max(0, b * b - 4 * a * c);
        return Math.max(0, (-b + Math.sqrt(disc)) / (2 * a));
    }

    /** The first constraint that adding {@code amps} to EV i would break, or -1. */
    private int blockingConstraint(int i, double amps) {
        ElectricalModel.Terms e = terms[i];
        for (int j = 0; j < e.constraint().length; j++) {
            int k = e.constraint()[j];
            double re = sRe[k] + amps * e.re()[j];
            double im = sIm[k] + amps * e.im()[j];
            if (re * re + im * im > limit[k] * limit[k]) {
                return k;
            }
        }
        return -1;
    }

    private void add(int i, double amps) {
        x[i] += amps;
        ElectricalModel.Terms e = terms[i];
        for (int j = 0; j < e.constraint().length; j++) {
            sRe[e.constraint()[j]] += amps * e.re()[j];
            sIm[e.constraint()[j]] += amps * e.im()[j];
        }
    }

    /** The largest increase of EV i that keeps every constraint it is in. */
    private double roomFor(int i) {
        ElectricalModel.Terms e = terms[i];
        double room = Double.POSITIVE_INFINITY;
        for (int j = 0; j < e.constraint().length; j++) {
            int k = e.constraint()[j];
            room = Math.min(room, roomAlong(k, e.re()[j], e.im()[j]));
        }
        return room;
    }

    private void quantise() {
        Arrays.fill(sRe, 0);
        Arrays.fill(sIm, 0);
        double[] exact = x.clone();
        Arrays.fill(x, 0);
        for (int i = 0; i < exact.length; i++) {
            double q = Math.floor((exact[i] + EPS) / step[i]) * step[i];
            if (q < lo[i]) {
                q = exact[i] + EPS >= lo[i] ? lo[i] : 0;
            }
            add(i, Math.min(q, hi[i]));
        }
        repair();
        // hand the rounding remainder to the most urgent EVs (including paused ones whose minimum now fits)
        for (int i : order) {
            if (x[i] == 0) {
                if (stoppedBy[i] == PAUSED && lo[i] > 0 && lo[i] <= hi[i] && blockingConstraint(i, lo[i]) < 0) {
                    add(i, lo[i]);
                    stoppedBy[i] = OWN_BOUND;
                } else {
                    continue;
                }
            }
            double room = Math.min(roomFor(i), hi[i] - x[i]);
            double steps = Math.floor((room + EPS) / step[i]);
            if (steps >= 1 && blockingConstraint(i, steps * step[i]) < 0) {
                add(i, steps * step[i]);
            }
        }
    }

    /** Rounding a current down can grow a phasor sum; lower the least urgent EV pushing it out until all fit. */
    private void repair() {
        for (int guard = 0; guard < 1_000_000; guard++) {
            int violated = -1;
            for (int k = 0; k < limit.length && violated < 0; k++) {
                if (sRe[k] * sRe[k] + sIm[k] * sIm[k] > limit[k] * limit[k]) {
                    violated = k;
                }
            }
            if (violated < 0) {
                return;
            }
            int victim = -1;
            for (int r = order.length - 1; r >= 0 && victim < 0; r--) {
                int i = order[r];
                if (x[i] > 0 && pushesOut(i, violated, false)) {
                    victim = i;
                }
            }
            if (victim < 0) {
                for (int r = order.length - 1; r >= 0 && victim < 0; r--) {
                    if (x[order[r]] > 0 && pushesOut(order[r], violated, true)) {
                        victim = order[r];
                    }
                }
            }
            if (victim < 0) {
                return; // nothing left to lower: the non-EV load alone exceeds the limit
            }
            double lower = x[victim] - step[victim] < lo[victim] ? x[victim] : step[victim];
            add(victim, -lower);
            stoppedBy[victim] = violated;
        }
    }

    /** Whether every constraint holds for the current x (exactly, against the margin-reduced limits). */
    boolean feasible() {
        for (int k = 0; k < limit.length; k++) {
            if (sRe[k] * sRe[k] + sIm[k] * sIm[k] > limit[k] * limit[k] * (1 + 1e-12)) {
                return false;
            }
        }
        return true;
    }
}
