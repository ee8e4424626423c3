package io.busbar.reservations;

import io.busbar.authorization.IdToken;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.commands.Actor;
import io.busbar.tenants.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reservations operators make and the adapters report on. Times come from the application's clock. */
public interface Reservations {
    /**
     * Allocates a reservation id, stores the reservation (REQUESTED), sends ReserveNow through the audited
     * {@link io.busbar.commands.OperatorCommands} and records the answer.
     *
     * @param evseId null for any EVSE of the charger
     * @return the ACCEPTED reservation
     * @throws ReservationRefusedException                  the charger answered otherwise (stored as REJECTED)
     * @throws io.busbar.commands.AuditedCommandException   no usable answer (stored as FAILED)
     * @throws io.busbar.commands.InvalidCommandException   not expressible in the charger's protocol (FAILED)
     * @throws io.busbar.chargers.ChargerNotFoundException  unknown charger (nothing stored)
     * @throws IllegalArgumentException                     an expiry that is not in the future, an EVSE id below 1
     */
    Reservation reserve(Actor actor, ChargerIdentity charger, Integer evseId, IdToken idToken, String groupIdToken,
                        Instant expiresAt);

    /**
     * Sends CancelReservation for an active reservation; Accepted → CANCELLED.
     *
     * @throws ReservationRefusedException                the charger answered Rejected (the reservation is unchanged)
     * @throws ReservationStateException                  the reservation already ended
     * @throws io.busbar.commands.AuditedCommandException no usable answer (unchanged)
     */
    Reservation cancel(Actor actor, ReservationId id);

    Optional<Reservation> find(ReservationId id);

    /**
     * Newest first; null filters match all; {@code before} an exclusive cursor (an id of the previous page).
     *
     * @param tenant only reservations at this tenant's chargers; null: every tenant's (Busbar's own jobs only)
     */
    List<Reservation> list(TenantId tenant, ChargerIdentity charger, ReservationStatus status, ReservationId before, int limit);

    /**
     * A session started with this reservation (1.6 StartTransaction / 2.0.1 TransactionEvent reservationId).
     * Idempotent; an id that is not this charger's is ignored (the charger's word is logged, not trusted).
     */
    void used(ChargerIdentity charger, int reservationId, Instant at);

    /** A 2.0.1 ReservationStatusUpdate: {@code status} is EXPIRED or REMOVED. Unknown ids are ignored. */
    void endedByCharger(ChargerIdentity charger, int reservationId, ReservationStatus status, Instant at);

    /** Marks every ACCEPTED reservation whose expiry is at or before {@code now} as EXPIRED; returns how many. */
    int expireDue(Instant now);
}
