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
    private final double[] offset;
    private final double[] offset0;
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
    private int[][] members;
    private PhasorWorstCase worstCases;
    static final int OWN_BOUND = -1;
    static final int PAUSED = -2;

    WaterFilling(ElectricalModel.Terms[] terms, double[] lo, double[] hi, double[] step, double[] weight,
                 double[] offset, int[] tier, int[] order, double[] limitsLeft) {
        this.offset = offset;
        this.offset0 = offset.clone();
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

    /**
     * @param minimumsFirst true: admit EVs at their minimum in urgency order, then share the rest (suits equal
     *                      sharing, where everyone's share may be below the minimum); false: share first from zero,
     *                      then pause the EVs left below their minimum and share again (suits least-laxity sharing,
     *                      where minimums handed out first would crowd out the urgent EVs' full rate)
     */
    void solve(boolean minimumsFirst) {
        if (minimumsFirst) {
            admit();
            fill();
        } else {
            shareThenPause();
        }
        if (liftAfterSharing.length > 0) {
            // the temporary caps (see SiteLoadAllocator: balance by need) are lifted; what is left goes on by laxity
            for (int k : liftAfterSharing) {
                limit[k] = Double.POSITIVE_INFINITY;
            }
            readmitPaused();
            continueFromCurrents();
            fill();
        }
        quantise();
    }

    private int[] liftAfterSharing = new int[0];

    /** Constraints that hold only while sharing (temporary caps), lifted before the final fill. */
    void liftAfterSharing(int[] constraints) {
        this.liftAfterSharing = constraints;
    }

    /** The next fill continues from the current currents: each EV's level is where its current puts it. */
    private void continueFromCurrents() {
        for (int i = 0; i < x.length; i++) {
            if (weight[i] > 0) {
                offset[i] = offset0[i] + x[i] / weight[i];
            }
        }
    }

    private void shareThenPause() {
        for (int i : order) {
            admitted[i] = hi[i] > 0 && lo[i] <= hi[i];
        }
        fill();
        boolean paused = false;
        for (int i = 0; i < x.length; i++) {
            if (admitted[i] && x[i] < lo[i] - EPS) {
                admitted[i] = false;
                blockedBy[i] = stoppedBy[i];
                stoppedBy[i] = PAUSED;
                paused = true;
            }
        }
        if (!paused) {
            return;
        }
        resetCurrents();
        fill();
        boolean readmitted = false;
        for (int i : order) {
            if (stoppedBy[i] == PAUSED && lo[i] > 0 && blockingConstraint(i, lo[i]) < 0) {
                add(i, lo[i]);
                admitted[i] = true;
                stoppedBy[i] = OWN_BOUND;
                readmitted = true;
            }
        }
        if (readmitted) {
            // share what is left; each EV continues from the level its current already stands for
            continueFromCurrents();
            fill();
        }
    }

    /** EVs paused under the temporary caps whose minimum fits now, most urgent first. */
    private void readmitPaused() {
        for (int i : order) {
            if (stoppedBy[i] == PAUSED && lo[i] > 0 && lo[i] <= hi[i] && blockingConstraint(i, lo[i]) < 0) {
                add(i, lo[i]);
                admitted[i] = true;
                stoppedBy[i] = OWN_BOUND;
            }
        }
    }

    private void resetCurrents() {
        Arrays.fill(x, 0);
        Arrays.fill(sRe, 0);
        Arrays.fill(sIm, 0);
        for (int i = 0; i < x.length; i++) {
            if (stoppedBy[i] != PAUSED) {
                stoppedBy[i] = OWN_BOUND;
            }
        }
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

    /**
     * Progressive filling, tier by tier. EV i's current follows x_i(level) = start_i + weight_i * (level -
     * offset_i) once the level passes its offset: with offsets 0 and equal weights this is max-min fair sharing;
     * with offset = laxity and weight = max current per hour it equalises laxity (a fluid Least Laxity First). The
     * level rises from event to event: an EV joins, an EV reaches its bound, or a constraint becomes tight (then
     * the EVs pushing it outward stop, the others go on).
     */
    private void fill() {
        int n = x.length;
        members = PhasorWorstCase.membersOf(terms, limit.length);
        boolean[] active = new boolean[n];
        double[] start = new double[n];
        double[] qRe = new double[limit.length];
        double[] qIm = new double[limit.length];
        int[] tiers = Arrays.stream(order).map(i -> tier[i]).distinct().toArray();
        for (int t : tiers) {
            Arrays.fill(qRe, 0);
            Arrays.fill(qIm, 0);
            Integer[] joining = Arrays.stream(order)
                    .filter(i -> tier[i] == t && admitted[i] && x[i] < hi[i] - EPS && weight[i] > 0)
                    .boxed().sorted(java.util.Comparator.comparingDouble(i -> offset[i])).toArray(Integer[]::new);
            if (joining.length == 0) {
                continue;
            }
            double[] saturatesAt = new double[n];
            java.util.PriorityQueue<Integer> saturation =
                    new java.util.PriorityQueue<>(java.util.Comparator.comparingDouble(i -> saturatesAt[i]));
            int nextJoin = 0;
            int activeCount = 0;
            double level = offset[joining[0]];
            for (int guard = 0; guard < 4 * (n + limit.length) + 16; guard++) {
                while (nextJoin < joining.length && offset[joining[nextJoin]] <= level + EPS) {
                    int i = joining[nextJoin++];
                    start[i] = x[i];
                    if (tightFor(i) >= 0) {
                        stoppedBy[i] = tightFor(i);
                        continue;
                    }
                    active[i] = true;
                    activeCount++;
                    saturatesAt[i] = offset[i] + (hi[i] - start[i]) / weight[i];
                    saturation.add(i);
                    ElectricalModel.Terms e = terms[i];
                    for (int j = 0; j < e.constraint().length; j++) {
                        qRe[e.constraint()[j]] += e.re()[j] * weight[i];
                        qIm[e.constraint()[j]] += e.im()[j] * weight[i];
                    }
                }
                while (!saturation.isEmpty() && !active[saturation.peek()]) {
                    saturation.poll();
                }
                if (activeCount == 0 && nextJoin >= joining.length) {
                    break;
                }
                double next = nextJoin < joining.length ? offset[joining[nextJoin]] : Double.POSITIVE_INFINITY;
                if (!saturation.isEmpty()) {
                    next = Math.min(next, saturatesAt[saturation.peek()]);
                }
                double rise = Math.max(0, next - level);
                if (activeCount > 0) {
                    for (int k = 0; k < limit.length; k++) {
                        if (qRe[k] != 0 || qIm[k] != 0) {
                            rise = Math.min(rise, roomAlong(k, qRe[k], qIm[k]));
                        }
                    }
                } else {
                    rise = next - level; // nobody rising: jump to the next EV joining
                }
                if (activeCount > 0) {
                    for (int k = 0; k < limit.length; k++) {
                        sRe[k] += rise * qRe[k];
                        sIm[k] += rise * qIm[k];
                    }
                }
                level += rise;
                while (!saturation.isEmpty() && (!active[saturation.peek()] || saturatesAt[saturation.peek()] <= level + EPS)) {
                    int i = saturation.poll();
                    if (active[i]) {
                        freeze(i, hi[i] - start[i], OWN_BOUND, active, qRe, qIm);
                        activeCount--;
                    }
                }
                if (activeCount > 0) {
                    for (int k = 0; k < limit.length; k++) {
                        if ((qRe[k] != 0 || qIm[k] != 0) && roomAlong(k, qRe[k], qIm[k]) <= EPS) {
                            int frozen = 0;
                            for (int pass = 0; pass < 2 && frozen == 0; pass++) {
                                for (int i : members[k]) {
                                    if (active[i] && pushesOut(i, k, pass == 1)) {
                                        freeze(i, (level - offset[i]) * weight[i], k, active, qRe, qIm);
                                        frozen++;
                                        activeCount--;
                                    }
                                }
                            }
                        }
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                if (active[i]) {
                    freeze(i, (level - offset[i]) * weight[i], OWN_BOUND, active, qRe, qIm);
                }
            }
        }
    }

    /** A tight constraint that EV i would push outward, or -1. */
    private int tightFor(int i) {
        ElectricalModel.Terms e = terms[i];
        for (int j = 0; j < e.constraint().length; j++) {
            int k = e.constraint()[j];
            if (roomAlong(k, e.re()[j], e.im()[j]) <= EPS * Math.max(1, weight[i])) {
                return k;
            }
        }
        return -1;
    }

    /** Sets the EV's current to start + rise, takes it out of the rising set; S already includes the rise. */
    private boolean freeze(int i, double rise, int constraint, boolean[] active, double[] qRe, double[] qIm) {
        active[i] = false;
        x[i] += Math.min(Math.max(0, rise), hi[i] - x[i]);
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
                    if (!robustlyFeasible(i)) {
                        add(i, -lo[i]);
                        continue;
                    }
                    stoppedBy[i] = OWN_BOUND;
                } else {
                    continue;
                }
            }
            double room = Math.min(roomFor(i), hi[i] - x[i]);
            double steps = Math.floor((room + EPS) / step[i]);
            if (steps >= 1 && blockingConstraint(i, steps * step[i]) < 0) {
                add(i, steps * step[i]);
                if (!robustlyFeasible(i)) {
                    add(i, -steps * step[i]);
                }
            }
        }
    }

    /**
     * Rounding a current down can grow a phasor sum, and so can an EV drawing less than its limit: where a
     * constraint's coefficients point more than 90 degrees apart (e.g. Caltech's transformer primary, where line
     * pairs AB and BC enter 120 degrees apart) a smaller current on one EVSE can raise the magnitude. So every such
     * constraint is checked for its worst case over all draws between 0 and the limits, and the least urgent EV
     * contributing to a violation is lowered a step (or paused) until everything fits.
     */
    private void repair() {
        worstCases = new PhasorWorstCase(terms, members);
        for (int guard = 0; guard < 1_000_000; guard++) {
            int violated = -1;
            for (int k = 0; k < limit.length && violated < 0; k++) {
                if (worstCase(k, null) > limit[k]) {
                    violated = k;
                }
            }
            if (violated < 0) {
                return;
            }
            boolean[] inWorst = new boolean[x.length];
            worstCase(violated, inWorst);
            int victim = -1;
            for (int r = order.length - 1; r >= 0 && victim < 0; r--) {
                if (x[order[r]] > 0 && inWorst[order[r]]) {
                    victim = order[r];
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

    /**
     * The largest |sum| of constraint k over any draws between 0 and the current limits (see {@link PhasorWorstCase});
     * marks the EVs of the worst subset in {@code inWorst} when given.
     */
    private double worstCase(int k, boolean[] inWorst) {
        if (!worstCases.isNonMonotone(k)) {
            if (inWorst != null) {
                for (int i : members[k]) {
                    inWorst[i] = pushesOut(i, k, false);
                }
            }
            return Math.hypot(sRe[k], sIm[k]);
        }
        return worstCases.worstCase(k, x, inWorst);
    }

    /** Whether every constraint EV i is in holds in its worst case. */
    private boolean robustlyFeasible(int i) {
        for (int k : terms[i].constraint()) {
            if (worstCase(k, null) > limit[k]) {
                return false;
            }
        }
        return true;
    }
}
