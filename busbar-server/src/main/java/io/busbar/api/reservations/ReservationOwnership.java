package io.busbar.api.reservations;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.tenancy.OwnedResources;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.reservations.ReservationId;
import io.busbar.reservations.Reservations;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** A reservation belongs to the tenant of the charger it holds an EVSE of. */
@Component
class ReservationOwnership implements OwnedResources {
    private final Reservations reservations;
    private final ChargerRegistry chargers;

    ReservationOwnership(Reservations reservations, ChargerRegistry chargers) {
        this.reservations = reservations;
        this.chargers = chargers;
    }

    @Override
    public String collection() {
        return "reservations";
    }

    @Override
    public Optional<TenantId> owner(String id) {
        try {
            return reservations.find(new ReservationId(Integer.parseInt(id)))
                    .flatMap(reservation -> chargers.tenantOf(reservation.charger()));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** As the handler answers an id it does not know. */
    @Override
    public ProblemException notFound(String id) {
        return ReservationController.notFound(Integer.parseInt(id));
    }
}
