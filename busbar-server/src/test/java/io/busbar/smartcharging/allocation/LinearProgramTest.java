package io.busbar.smartcharging.allocation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LinearProgramTest {
    @Test
    void findsTheOptimalVertex() {
        // max 3x + 2y s.t. x + y <= 4, x + 3y <= 6, x <= 3: optimum (3, 1), value 11
        LinearProgram lp = new LinearProgram(2);
        lp.objective(0, 3);
        lp.objective(1, 2);
        lp.addRow(new double[] {1, 1}, 4);
        lp.addRow(new double[] {1, 3}, 6);
        lp.addRow(new double[] {1, 0}, 3);

        double[] x = lp.maximise(100);

        assertThat(x[0]).isCloseTo(3, within(1e-9));
        assertThat(x[1]).isCloseTo(1, within(1e-9));
    }

    @Test
    void doesNotCycleOnADegenerateProgram() {
        // Chvatal, Linear Programming (1983), ch. 3: the largest-coefficient rule cycles from the origin;
        // optimum 1 at x = (1, 0, 1, 0)
        double[][] rows = {{0.5, -5.5, -2.5, 9}, {0.5, -1.5, -0.5, 1}, {1, 0, 0, 0}};
        double[] bounds = {0, 0, 1};
        double[] gains = {10, -57, -9, -24};
        LinearProgram lp = new LinearProgram(4);
        for (int j = 0; j < 4; j++) {
            lp.objective(j, gains[j]);
        }
        for (int r = 0; r < rows.length; r++) {
            lp.addRow(rows[r], bounds[r]);
        }

        double[] x = lp.maximise(1_000);

        for (int r = 0; r < rows.length; r++) {
            double lhs = 0;
            for (int j = 0; j < 4; j++) {
                lhs += rows[r][j] * x[j];
            }
            assertThat(lhs).as("row %d", r).isLessThanOrEqualTo(bounds[r] + 1e-9);
        }
        assertThat(10 * x[0] - 57 * x[1] - 9 * x[2] - 24 * x[3]).isCloseTo(1, within(1e-9));
    }

    @Test
    void rowsMustBeCapacities() {
        LinearProgram lp = new LinearProgram(2);

        assertThatThrownBy(() -> lp.addRow(new double[] {1, 1}, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lp.addRow(new double[] {1}, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
