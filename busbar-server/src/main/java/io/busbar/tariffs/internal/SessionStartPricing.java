package io.busbar.tariffs.internal;

import io.busbar.sessions.SessionEvents;
import io.busbar.tariffs.NoTariffAppliesException;
import io.busbar.tariffs.PricingTarget;
import io.busbar.tariffs.TariffAssignments;
import io.busbar.chargers.ChargerNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Pins the tariff version in force when a session starts, so a later tariff change never reprices it.
 * Token groups are not used here: the started event does not carry the driver's token.
 */
@Component
class SessionStartPricing {
    private static final Logger LOG = LoggerFactory.getLogger(SessionStartPricing.class);
    private final TariffAssignments assignments;
    private final SessionTariffs sessionTariffs;

    SessionStartPricing(TariffAssignments assignments, SessionTariffs sessionTariffs) {
        this.assignments = assignments;
        this.sessionTariffs = sessionTariffs;
    }

    @ApplicationModuleListener
    void on(SessionEvents.SessionStarted started) {
        if (started.evseId() < 1 || sessionTariffs.find(started.session()).isPresent()) {
            return;
        }
        try {
            sessionTariffs.record(started.session(),
                    assignments.resolve(PricingTarget.evse(started.charger(), started.evseId()), started.at()));
        } catch (NoTariffAppliesException | ChargerNotFoundException e) {
            // nothing to pin: the session is free of charge unless a tariff is assigned for its start time later
            LOG.info("Session {} started without a tariff: {}", started.session(), e.getMessage());
        }
    }
}
