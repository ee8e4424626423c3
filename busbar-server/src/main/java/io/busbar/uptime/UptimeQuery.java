package io.busbar.uptime;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.SiteId;
import io.busbar.tenants.TenantId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * What to report: the tenant's chargers (null: every tenant's, for Busbar's own jobs), the period [from, to),
 * optionally one site or one charger, and the target uptime in percent.
 */
public record UptimeQuery(TenantId tenant, Instant from, Instant to, SiteId site, ChargerIdentity charger,
                          BigDecimal targetPercent) {
    public UptimeQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(targetPercent, "targetPercent");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("The period must end after it starts");
        }
        if (targetPercent.signum() < 0 || targetPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("The target is a percentage between 0 and 100");
        }
    }
}
