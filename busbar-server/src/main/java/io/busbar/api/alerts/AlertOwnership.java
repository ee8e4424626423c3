package io.busbar.api.alerts;

import io.busbar.alerts.AlertId;
import io.busbar.alerts.Alerts;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.api.tenancy.OwnedResources;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * An alert belongs to the tenant of its charger (whatever rule raised it: rules only match their tenant's chargers);
 * an alert of a charger Busbar does not know is the default tenant's.
 */
@Component
class AlertOwnership implements OwnedResources {
    private final Alerts alerts;
    private final ChargerRegistry chargers;

    AlertOwnership(Alerts alerts, ChargerRegistry chargers) {
        this.alerts = alerts;
        this.chargers = chargers;
    }

    @Override
    public String collection() {
        return "alerts";
    }

    @Override
    public Optional<TenantId> owner(String id) {
        try {
            return alerts.find(new AlertId(UUID.fromString(id)))
                    .map(alert -> chargers.tenantOf(alert.charger()).orElse(TenantId.DEFAULT));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    @Override
    public ProblemException notFound(String id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No alert " + id);
    }
}
