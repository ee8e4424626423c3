package io.busbar.alerts;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.tenants.TenantId;

import java.util.List;
import java.util.Optional;

public interface Alerts {
    /**
     * The alerts of the tenant's chargers (those of chargers Busbar does not know are the default tenant's), newest
     * first; null filters match all; {@code after} an exclusive cursor (an alert id).
     */
    List<Alert> list(TenantId tenant, AlertState state, ChargerIdentity charger, AlertId after, int limit);

    Optional<Alert> find(AlertId id);

    /**
     * Stops escalation. Acknowledging an ACKNOWLEDGED or RESOLVED alert changes nothing and answers it as it is.
     *
     * @throws AlertNotFoundException
     */
    Alert acknowledge(AlertId id, String by);

    /** Oldest first, with their attempts. @throws AlertNotFoundException */
    List<Delivery> deliveries(AlertId id);
}
