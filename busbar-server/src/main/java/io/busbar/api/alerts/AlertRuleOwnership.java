package io.busbar.api.alerts;

import io.busbar.alerts.AlertRule;
import io.busbar.alerts.AlertRuleId;
import io.busbar.alerts.AlertRules;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.api.tenancy.OwnedResources;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** Alert rules belong to a tenant directly. */
@Component
class AlertRuleOwnership implements OwnedResources {
    private final AlertRules rules;

    AlertRuleOwnership(AlertRules rules) {
        this.rules = rules;
    }

    @Override
    public String collection() {
        return "alert-rules";
    }

    @Override
    public Optional<TenantId> owner(String id) {
        try {
            return rules.find(new AlertRuleId(UUID.fromString(id))).map(AlertRule::tenant);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** As the rule service's AlertNotFoundException is answered. */
    @Override
    public ProblemException notFound(String id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No alert rule " + id);
    }
}
