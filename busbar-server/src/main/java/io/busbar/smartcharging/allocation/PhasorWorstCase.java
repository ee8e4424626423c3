package io.busbar.smartcharging.allocation;

/**
 * Worst cases of phasor sums when EVs draw anything between 0 and their limits. Where all coefficients of a
 * constraint are within 90 degrees of each other, a smaller current never raises the magnitude, so the sum at the
 * limits is the worst case. Otherwise (e.g. Caltech's transformer primary, where line pairs AB and BC enter 120
 * degrees apart) the worst case is some subset drawing fully: EVs are grouped by direction and every subset of the
 * groups is tried (up to 12 directions; beyond that the sum of magnitudes bounds it from above).
 */
final class PhasorWorstCase {
    private final ElectricalModel.Terms[] terms;
    private final int[][] members;
    private final boolean[] nonMonotone;

    boolean isNonMonotone(int k) {
        return nonMonotone[k];
    }

    /** The EVs of each constraint. */
    static int[][] membersOf(ElectricalModel.Terms[] terms, int constraints) {
        int[] count = new int[constraints];
        for (ElectricalModel.Terms e : terms) {
            for (int k : e.constraint()) {
                count[k]++;
            }
        }
        int[][] result = new int[constraints][];
        for (int k = 0; k < constraints; k++) {
            result[k] = new int[count[k]];
            count[k] = 0;
        }
        for (int i = 0; i < terms.length; i++) {
            for (int k : terms[i].constraint()) {
                result[k][count[k]++] = i;
            }
        }
        return result;
    }

    PhasorWorstCase(ElectricalModel.Terms[] terms, int[][] members) {
        this.terms = terms;
        this.members = members;
        this.nonMonotone = new boolean[members.length];
        // a constraint is monotone when no two coefficients are more than 90 degrees apart
        for (int k = 0; k < members.length; k++) {
            // pairwise check over distinct directions (few: one per wiring) is enough
            java.util.List<double[]> directions = new java.util.ArrayList<>();
            for (int i : members[k]) {
                double[] c = coefficient(i, k);
                boolean known = false;
                for (double[] d : directions) {
                    if (Math.abs(d[0] * c[1] - d[1] * c[0]) < 1e-9 * Math.hypot(c[0], c[1]) * Math.hypot(d[0], d[1])
                            && d[0] * c[0] + d[1] * c[1] > 0) {
                        known = true;
                        break;
                    }
                }
                if (!known) {
                    for (double[] d : directions) {
                        if (d[0] * c[0] + d[1] * c[1] < -1e-12) {
                            nonMonotone[k] = true;
                        }
                    }
                    directions.add(c);
                }
                if (directions.size() > 12) {
                    nonMonotone[k] = true;
                    break;
                }
            }
        }
    }

    private double[] coefficient(int i, int k) {
        ElectricalModel.Terms e = terms[i];
        for (int j = 0; j < e.constraint().length; j++) {
            if (e.constraint()[j] == k) {
                return new double[] {e.re()[j], e.im()[j]};
            }
        }
        return new double[] {0, 0};
    }

    /** The largest |sum| of non-monotone constraint k over draws in [0, x]; marks the worst subset's EVs. */
    double worstCase(int k, double[] x, boolean[] inWorst) {
        java.util.List<double[]> groups = new java.util.ArrayList<>();
        int[] groupOf = new int[members[k].length];
        for (int m = 0; m < members[k].length; m++) {
            int i = members[k][m];
            double[] c = coefficient(i, k);
            int g = -1;
            for (int h = 0; h < groups.size() && g < 0; h++) {
                double[] d = groups.get(h);
                if (Math.abs(d[2] * c[1] - d[3] * c[0]) < 1e-9 * Math.hypot(c[0], c[1]) * Math.hypot(d[2], d[3])
                        && d[2] * c[0] + d[3] * c[1] > 0) {
                    g = h;
                }
            }
            if (g < 0) {
                groups.add(new double[] {0, 0, c[0], c[1]});
                g = groups.size() - 1;
            }
            groupOf[m] = g;
            groups.get(g)[0] += x[i] * c[0];
            groups.get(g)[1] += x[i] * c[1];
        }
        double worst = 0;
        int worstMask = 0;
        if (groups.size() > 12) {
            for (double[] g : groups) {
                worst += Math.hypot(g[0], g[1]);
            }
            worstMask = -1;
        } else {
            for (int mask = 1; mask < (1 << groups.size()); mask++) {
                double re = 0;
                double im = 0;
                for (int g = 0; g < groups.size(); g++) {
                    if ((mask & (1 << g)) != 0) {
                        re += groups.get(g)[0];
                        im += groups.get(g)[1];
                    }
                }
                double magnitude = Math.hypot(re, im);
                if (magnitude > worst) {
                    worst = magnitude;
                    worstMask = mask;
                }
            }
        }
        if (inWorst != null) {
            for (int m = 0; m < members[k].length; m++) {
                inWorst[members[k][m]] = (worstMask & (1 << groupOf[m])) != 0;
            }
        }
        return worst;
    }

}
