package io.busbar.dashboard.sites;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One grid line of one topology node: the current drawn now and the current allocated, against the node's limit on
 * that line (null = not limited there).
 */
public record PhaseBar(String line, BigDecimal drawnA, BigDecimal allocatedA, BigDecimal limitA) {
    static final BigDecimal WARN_PERCENT = BigDecimal.valueOf(80);
    static final BigDecimal FULL_PERCENT = BigDecimal.valueOf(100);

    /** Drawn as a share of the limit, 0..100 for the bar's width. */
    public int width() {
        BigDecimal percent = percent();
        return percent == null ? 0 : percent.min(FULL_PERCENT).max(BigDecimal.ZERO).intValue();
    }

    /** Drawn in percent of the limit (may exceed 100), null without a limit. */
    public BigDecimal percent() {
        if (limitA == null || limitA.signum() <= 0) {
            return null;
        }
        return drawnA.multiply(FULL_PERCENT).divide(limitA, 0, RoundingMode.HALF_UP);
    }

    /** The bar's CSS class: "over" above 100 %, "warn" above 80 %, "" below. */
    public String level() {
        BigDecimal percent = percent();
        if (percent == null) {
            return "";
        }
        if (percent.compareTo(FULL_PERCENT) > 0) {
            return "over";
        }
        return percent.compareTo(WARN_PERCENT) > 0 ? "warn" : "";
    }
}
