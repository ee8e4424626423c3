package io.busbar.alerts;

import io.busbar.chargers.ChargerIdentity;

import java.util.List;
import java.util.Optional;

public interface Alerts {
    /** Newest first; null filters match all; {@code after} an exclusive cursor (an alert id). */
    List<Alert> list(AlertState state, ChargerIdentity charger, AlertId after, int limit);

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
