package io.busbar.alerts.internal;

import io.busbar.alerts.AlertRuleSpec;
import io.busbar.chargers.Charger;
import io.busbar.faults.FaultSeverity;
import io.busbar.faults.FaultType;

import java.util.Optional;

/** Whether a rule applies to something that happened at a charger. */
final class RuleMatcher {
    private RuleMatcher() {
    }

    /**
     * @param charger empty when Busbar does not know the charger (then rules with a site, vendor or model never match)
     * @param type    null for a HumanNeeded event, which matches whatever fault types the rule names
     */
    static boolean matches(AlertRuleSpec rule, Optional<Charger> charger, FaultSeverity severity, FaultType type) {
        if (!rule.enabled() || severity.compareTo(rule.minSeverity()) < 0) {
            return false;
        }
        if (type != null && !rule.faultTypes().isEmpty() && !rule.faultTypes().contains(type)) {
            return false;
        }
        if (rule.siteId() != null && !charger.map(c -> rule.siteId().equals(c.siteId())).orElse(false)) {
            return false;
        }
        if (rule.vendor() != null && !charger.map(c -> c.description() != null
                && rule.vendor().equalsIgnoreCase(c.description().vendor())).orElse(false)) {
            return false;
        }
        return rule.model() == null || charger.map(c -> c.description() != null
                && rule.model().equalsIgnoreCase(c.description().model())).orElse(false);
    }
}
