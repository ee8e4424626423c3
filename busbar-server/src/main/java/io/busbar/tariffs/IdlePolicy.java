package io.busbar.tariffs;

import io.busbar.platform.units.Power;

import java.time.Duration;
import java.util.Objects;

/**
 * When a plugged-in EV counts as idle and how much idle time is free (a Busbar extension: OCPI 2.2.1 cannot state a
 * grace period). Idle time is billed by PARKING_TIME components; the first {@code gracePeriod} of the session's
 * cumulative idle time is free, so briefly drawing power again never restarts the grace period.
 *
 * @param gracePeriod free idle time per session
 * @param idleBelow   while the charger reports CHARGING, a power strictly below this counts as idle (zero: never)
 */
public record IdlePolicy(Duration gracePeriod, Power idleBelow) {
    public static final IdlePolicy NONE = new IdlePolicy(Duration.ZERO, Power.ZERO);

    public IdlePolicy {
        Objects.requireNonNull(gracePeriod, "gracePeriod");
        Objects.requireNonNull(idleBelow, "idleBelow");
        if (gracePeriod.isNegative() || idleBelow.watts() < 0) {
            throw new IllegalArgumentException("grace period and idle threshold cannot be negative");
        }
    }

    public static IdlePolicy graceOf(Duration gracePeriod) {
        return new IdlePolicy(gracePeriod, Power.ZERO);
    }

    public IdlePolicy idleBelow(Power threshold) {
        return new IdlePolicy(gracePeriod, threshold);
    }
}
