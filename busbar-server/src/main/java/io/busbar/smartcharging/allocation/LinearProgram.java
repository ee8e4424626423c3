package io.busbar.smartcharging.allocation;

import java.util.Arrays;

/**
 * A small dense linear program: maximise c·x subject to A x <= b and x >= 0, where b >= 0, so x = 0 is feasible and
 * no phase one is needed (every limit the planner writes is a capacity). Solved by the primal simplex method on a
 * compact (Tucker) tableau: m rows by n + 1 columns, one pivot exchanges a slack and a variable. Dantzig's rule
 * (largest reduced gain) picks the entering column; after a run of degenerate pivots it switches to Bland's rule,
 * which cannot cycle (Bland 1977). Sized for the horizon planner (a few hundred rows, under a hundred variables):
 * each pivot costs O(m·n).
 */
final class LinearProgram {
    private static final double EPS = 1e-9;
    private static final int DEGENERATE_RUN_BEFORE_BLAND = 30;

    private final int columns;
    private final double[] objective;
    private double[][] rows = new double[16][];
    private double[] bounds = new double[16];
    private int rowCount;

    LinearProgram(int columns) {
        this.columns = columns;
        this.objective = new double[columns];
    }

    int columns() {
        return columns;
    }

    int rowCount() {
        return rowCount;
    }

    void objective(int column, double gain) {
        objective[column] = gain;
    }

    /** Adds the row {@code coefficients · x <= bound}; bound must be >= 0 (a capacity). */
    void addRow(double[] coefficients, double bound) {
        if (coefficients.length != columns) {
            throw new IllegalArgumentException("row has " + coefficients.length + " coefficients, expected " + columns);
        }
        if (!(bound >= 0)) {
            throw new IllegalArgumentException("bound must be a non-negative number, got " + bound);
        }
        if (rowCount == rows.length) {
            rows = Arrays.copyOf(rows, 2 * rowCount);
            bounds = Arrays.copyOf(bounds, 2 * rowCount);
        }
        rows[rowCount] = coefficients.clone();
        bounds[rowCount] = bound;
        rowCount++;
    }

    /**
     * An optimal x, or the best vertex reached within {@code maxPivots} (still feasible: the simplex method moves from
     * vertex to vertex of the feasible set). Unbounded directions are not followed (the planner's rows bound every
     * variable); the answer is then the vertex where it stopped.
     */
    double[] maximise(int maxPivots) {
        int m = rowCount;
        int n = columns;
        double[][] a = new double[m][];
        double[] b = Arrays.copyOf(bounds, m);
        for (int r = 0; r < m; r++) {
            a[r] = rows[r].clone();
        }
        double[] c = objective.clone();
        // variable ids: 0..n-1 the columns, n..n+m-1 the slacks
        int[] basic = new int[m];
        int[] nonBasic = new int[n];
        for (int r = 0; r < m; r++) {
            basic[r] = n + r;
        }
        for (int j = 0; j < n; j++) {
            nonBasic[j] = j;
        }
        int degenerateRun = 0;
        for (int pivot = 0; pivot < maxPivots; pivot++) {
            boolean bland = degenerateRun >= DEGENERATE_RUN_BEFORE_BLAND;
            int s = -1;
            for (int j = 0; j < n; j++) {
                if (c[j] > EPS && (s < 0 || (bland ? nonBasic[j] < nonBasic[s] : c[j] > c[s]))) {
                    s = j;
                }
            }
            if (s < 0) {
                break; // optimal
            }
            int r = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                if (a[i][s] > EPS) {
                    double ratio = b[i] / a[i][s];
                    if (ratio < best - EPS || (ratio <= best + EPS && r >= 0 && basic[i] < basic[r])) {
                        best = Math.min(best, ratio);
                        r = i;
                    }
                }
            }
            if (r < 0) {
                break; // unbounded along s: not expected for the planner's programs
            }
            degenerateRun = b[r] <= EPS ? degenerateRun + 1 : 0;
            exchange(a, b, c, r, s);
            int entering = nonBasic[s];
            nonBasic[s] = basic[r];
            basic[r] = entering;
        }
        double[] x = new double[n];
        for (int r = 0; r < m; r++) {
            if (basic[r] < n) {
                x[basic[r]] = Math.max(0, b[r]);
            }
        }
        return x;
    }

    /**
     * Pivot on (r, s): the column s variable becomes basic in row r, row r's slack non-basic. Rows read
     * slack_i = b_i - sum_j a_ij x_j; the objective z = z0 + sum_j c_j x_j (z0 is not needed).
     */
    private static void exchange(double[][] a, double[] b, double[] c, int r, int s) {
        double[] pivotRow = a[r];
        double p = pivotRow[s];
        int n = pivotRow.length;
        for (int j = 0; j < n; j++) {
            pivotRow[j] /= p;
        }
        pivotRow[s] = 1 / p;
        b[r] /= p;
        for (int i = 0; i < a.length; i++) {
            if (i == r) {
                continue;
            }
            double[] row = a[i];
            double factor = row[s];
            if (factor == 0) {
                continue;
            }
            for (int j = 0; j < n; j++) {
                row[j] -= factor * pivotRow[j];
            }
            row[s] = -factor * pivotRow[s];
            b[i] = Math.max(0, b[i] - factor * b[r]);
        }
        double gain = c[s];
        for (int j = 0; j < n; j++) {
            c[j] -= gain * pivotRow[j];
        }
        c[s] = -gain * pivotRow[s];
    }
}
