package io.busbar.predictive.method;

/** Upper tail probabilities of the counts the method compares (bounded loops, no special functions). */
final class Tails {
    private static final int MAX_TERMS = 2_000;

    private Tails() {
    }

    /** P(X ≥ k) for X ~ Poisson(mean). */
    static double poissonAtLeast(int k, double mean) {
        if (k <= 0) {
            return 1;
        }
        // log P(X = k), then the following terms by their ratio mean / (j + 1), until they stop counting
        double logTerm = -mean + k * Math.log(mean) - logFactorial(k);
        double term = Math.exp(logTerm);
        double sum = 0;
        for (int j = k; j < k + MAX_TERMS && term > sum * 1e-12; j++) {
            sum += term;
            term *= mean / (j + 1);
        }
        return Math.min(1, Math.max(sum, Double.MIN_NORMAL));
    }

    /** P(X ≥ k) for X ~ Binomial(n, p). */
    static double binomialAtLeast(int k, int n, double p) {
        if (k <= 0) {
            return 1;
        }
        double sum = 0;
        for (int j = k; j <= n; j++) {
            sum += Math.exp(logChoose(n, j) + j * Math.log(p) + (n - j) * Math.log1p(-p));
        }
        return Math.min(1, Math.max(sum, Double.MIN_NORMAL));
    }

    private static double logChoose(int n, int k) {
        return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
    }

    private static double logFactorial(int n) {
        double sum = 0;
        for (int i = 2; i <= n; i++) {
            sum += Math.log(i);
        }
        return sum;
    }
}
