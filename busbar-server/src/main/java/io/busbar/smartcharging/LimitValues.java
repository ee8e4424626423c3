package io.busbar.smartcharging;

import io.busbar.commands.InvalidCommandException;

import java.math.BigDecimal;

/** Checks shared by the charging-limit commands: what both protocol versions' schemas accept. */
final class LimitValues {
    private LimitValues() {
    }

    /** Both schemas: limit is a decimal with at most one fractional digit (1.6 multipleOf 0.1), not negative. */
    static BigDecimal limit(BigDecimal limit) {
        if (limit == null || limit.signum() < 0) {
            throw new InvalidCommandException("limit must be 0 or more");
        }
        if (limit.stripTrailingZeros().scale() > 1) {
            throw new InvalidCommandException("limit has at most one decimal (0.1 A or 0.1 W)");
        }
        return limit;
    }

    static Integer phases(Integer numberPhases) {
        if (numberPhases != null && (numberPhases < 1 || numberPhases > 3)) {
            throw new InvalidCommandException("numberPhases must be 1, 2 or 3");
        }
        return numberPhases;
    }

    static void profile(int profileId, int stackLevel) {
        if (profileId < 1) {
            throw new InvalidCommandException("profileId must be 1 or more");
        }
        if (stackLevel < 0) {
            throw new InvalidCommandException("stackLevel must be 0 or more");
        }
    }
}
