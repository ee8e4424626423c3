package io.busbar.alerts;

import io.busbar.tenants.TenantId;

import java.util.List;
import java.util.Optional;

public interface AlertRules {
    /** @throws InvalidAlertRuleException for a rule that cannot work (no levels, no channel, no secret...) */
    AlertRule create(TenantId tenant, AlertRuleSpec spec);

    /**
     * Replaces the rule; a null webhook secret keeps the stored one.
     *
     * @throws AlertNotFoundException
     * @throws InvalidAlertRuleException
     */
    AlertRule update(AlertRuleId id, AlertRuleSpec spec);

    /** Its alerts stay (without rule); pending minimum-duration checks are dropped. @throws AlertNotFoundException */
    void delete(AlertRuleId id);

    Optional<AlertRule> find(AlertRuleId id);

    /** The tenant's rules in creation order. */
    List<AlertRule> list(TenantId tenant);
}
