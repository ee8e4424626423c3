package io.busbar.alerts;

import io.busbar.chargers.SiteId;
import io.busbar.faults.FaultSeverity;
import io.busbar.faults.FaultType;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What a rule matches and whom it tells.
 *
 * @param siteId        null for every site
 * @param vendor        charger vendor as reported at boot (case-insensitive); null for any
 * @param model         charger model as reported at boot (case-insensitive); null for any
 * @param faultTypes    empty for every type
 * @param minDuration   a fault alerts only if still open after this long (zero: at once); HumanNeeded and
 *                      predictions alert at once
 * @param webhookSecret signs every webhook (HMAC-SHA256); required when a level has webhooks. Write-only.
 * @param levels        level 1 first; at least one
 */
public record AlertRuleSpec(String name, boolean enabled, FaultSeverity minSeverity, SiteId siteId, String vendor,
                            String model, Set<FaultType> faultTypes, Duration minDuration, String webhookSecret,
                            List<EscalationLevel> levels) {
    public AlertRuleSpec {
        faultTypes = faultTypes == null ? Set.of() : Set.copyOf(faultTypes);
        levels = levels == null ? List.of() : List.copyOf(levels);
        minDuration = minDuration == null ? Duration.ZERO : minDuration;
        minSeverity = minSeverity == null ? FaultSeverity.INFO : minSeverity;
    }

    @Override
    public String toString() {
        return "AlertRuleSpec[name=" + name + ", minSeverity=" + minSeverity + ", siteId=" + siteId + ", vendor="
                + vendor + ", model=" + model + ", faultTypes=" + faultTypes + ", minDuration=" + minDuration
                + ", webhookSecret=" + (webhookSecret == null ? "none" : "***") + ", levels=" + levels + "]";
    }
}
