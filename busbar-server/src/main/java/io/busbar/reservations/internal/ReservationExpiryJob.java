package io.busbar.reservations.internal;

import io.busbar.platform.PeriodicJob;
import io.busbar.reservations.Reservations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * Every {@code busbar.reservations.expiry-check-interval} (30 s) marks accepted reservations past their expiry as
 * EXPIRED. 1.6 chargers never say that a reservation expired (§5.13: it simply ends), so Busbar decides by the
 * expiry it sent; a 2.0.1 ReservationStatusUpdate may get there first.
 */
@Component
class ReservationExpiryJob extends PeriodicJob {
    private final Reservations reservations;
    private final Clock clock;

    ReservationExpiryJob(Reservations reservations, Clock clock,
                         @Value("${busbar.reservations.expiry-check-interval:30s}") Duration interval) {
        super("reservation-expiry", interval, "busbar.reservations.expiry-check-interval");
        this.reservations = reservations;
        this.clock = clock;
    }

    @Override
    protected void runOnce() {
        reservations.expireDue(clock.instant());
    }
}
