package io.busbar.alerts.internal;

import io.busbar.alerts.Alert;
import io.busbar.alerts.AlertId;
import io.busbar.alerts.AlertNotFoundException;
import io.busbar.alerts.AlertState;
import io.busbar.alerts.Alerts;
import io.busbar.alerts.Delivery;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.tenants.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

@Service
class AlertService implements Alerts {
    private static final Logger log = LoggerFactory.getLogger(AlertService.class);

    private final AlertStore alerts;
    private final DeliveryOutbox outbox;
    private final Clock clock;

    AlertService(AlertStore alerts, DeliveryOutbox outbox, Clock clock) {
        this.alerts = alerts;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public List<Alert> list(TenantId tenant, AlertState state, ChargerIdentity charger, AlertId after, int limit) {
        return alerts.list(tenant, state, charger, after, limit);
    }

    @Override
    public Optional<Alert> find(AlertId id) {
        return alerts.find(id);
    }

    @Override
    @Transactional
    public Alert acknowledge(AlertId id, String by) {
        if (alerts.acknowledge(id, by, clock.instant())) {
            log.info("Alert {} acknowledged by {}", id, by);
        }
        return alerts.find(id).orElseThrow(() -> notFound(id));
    }

    @Override
    public List<Delivery> deliveries(AlertId id) {
        alerts.find(id).orElseThrow(() -> notFound(id));
        return outbox.of(id);
    }

    private static AlertNotFoundException notFound(AlertId id) {
        return new AlertNotFoundException("No alert " + id);
    }
}
