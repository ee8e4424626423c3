package io.busbar.reservations.internal;

import io.busbar.authorization.IdToken;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.commands.Actor;
import io.busbar.commands.Audited;
import io.busbar.commands.AuditedCommandException;
import io.busbar.commands.CommandStatus;
import io.busbar.commands.OperatorCommands;
import io.busbar.reservations.CancelReservation;
import io.busbar.reservations.Reservation;
import io.busbar.reservations.ReservationId;
import io.busbar.reservations.ReservationNotFoundException;
import io.busbar.reservations.ReservationRefusedException;
import io.busbar.reservations.ReservationStateException;
import io.busbar.reservations.ReservationStatus;
import io.busbar.reservations.Reservations;
import io.busbar.reservations.ReserveNow;
import io.busbar.tenants.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The reservation is stored before ReserveNow is sent, so that a charger that answers late (or a session that
 * starts with it) always finds it; the answer then moves it on.
 */
@Service
class OperatorReservations implements Reservations {
    private static final Logger log = LoggerFactory.getLogger(OperatorReservations.class);
    private static final EnumSet<ReservationStatus> ACTIVE = EnumSet.of(ReservationStatus.REQUESTED,
            ReservationStatus.ACCEPTED);
    private final ReservationLedger ledger;
    private final OperatorCommands commands;
    private final ChargerRegistry chargers;
    private final Clock clock;

    OperatorReservations(ReservationLedger ledger, OperatorCommands commands, ChargerRegistry chargers, Clock clock) {
        this.ledger = ledger;
        this.commands = commands;
        this.chargers = chargers;
        this.clock = clock;
    }

    @Override
    public Reservation reserve(Actor actor, ChargerIdentity charger, Integer evseId, IdToken idToken,
                               String groupIdToken, Instant expiresAt) {
        Objects.requireNonNull(idToken, "idToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Instant now = clock.instant();
        if (!expiresAt.isAfter(now)) {
            throw new IllegalArgumentException("expiresAt must be in the future, was " + expiresAt);
        }
        if (evseId != null && evseId < 1) {
            throw new IllegalArgumentException("evseId must be 1 or more (null reserves any EVSE), was " + evseId);
        }
        chargers.require(charger);
        Reservation requested = ledger.insertRequested(charger, evseId, idToken, groupIdToken, expiresAt, now);
        ReserveNow command = new ReserveNow(requested.id().value(), evseId, idToken.value(), idToken.type().name(),
                expiresAt, groupIdToken);
        Audited<CommandStatus> answer;
        try {
            answer = commands.execute(actor, charger, command);
        } catch (AuditedCommandException e) {
            ledger.answered(requested.id(), ReservationStatus.FAILED, null, e.commandId(), clock.instant());
            throw e;
        } catch (RuntimeException e) {
            ledger.answered(requested.id(), ReservationStatus.FAILED, null, null, clock.instant());
            throw e;
        }
        CommandStatus status = answer.result();
        ReservationStatus outcome = status.accepted() ? ReservationStatus.ACCEPTED : ReservationStatus.REJECTED;
        ledger.answered(requested.id(), outcome, status.status(), answer.id(), clock.instant());
        Reservation stored = ledger.find(requested.id()).orElseThrow();
        log.info("Reservation {} on {} EVSE {} for {}: {}", stored.id(), charger, evseId == null ? "any" : evseId,
                idToken, status.status());
        if (!status.accepted()) {
            throw new ReservationRefusedException(stored, command.name(), status, answer.id());
        }
        return stored;
    }

    @Override
    public Reservation cancel(Actor actor, ReservationId id) {
        Reservation reservation = find(id).orElseThrow(() -> new ReservationNotFoundException(id));
        if (!reservation.status().active()) {
            throw new ReservationStateException(reservation, "Reservation " + id + " is " + reservation.status()
                    + " and cannot be cancelled");
        }
        CancelReservation command = new CancelReservation(id.value());
        Audited<CommandStatus> answer = commands.execute(actor, reservation.charger(), command);
        if (!answer.result().accepted()) {
            // OCPP 1.6 §5.1 / 2.0.1 H02.FR.02: Rejected means the charger has no such reservation (it may have
            // ended unseen); Busbar keeps its record as it is and reports the refusal.
            throw new ReservationRefusedException(reservation, command.name(), answer.result(), answer.id());
        }
        ledger.transition(id, reservation.charger(), ACTIVE, ReservationStatus.CANCELLED, clock.instant());
        log.info("Reservation {} on {} cancelled", id, reservation.charger());
        return ledger.find(id).orElseThrow();
    }

    @Override
    public Optional<Reservation> find(ReservationId id) {
        return ledger.find(id);
    }

    @Override
    public List<Reservation> list(TenantId tenant, ChargerIdentity charger, ReservationStatus status, ReservationId before, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000, was " + limit);
        }
        return ledger.list(tenant, charger, status, before, limit);
    }

    @Override
    public void used(ChargerIdentity charger, int reservationId, Instant at) {
        // The charger is the authority on its reservations: one it has just used counts even if Busbar's expiry
        // job got there first (clocks differ).
        if (reservationId < 1 || !ledger.transition(new ReservationId(reservationId), charger,
                EnumSet.of(ReservationStatus.REQUESTED, ReservationStatus.ACCEPTED, ReservationStatus.EXPIRED),
                ReservationStatus.USED, clock.instant())) {
            log.debug("Charger {} used reservation {}: not an active reservation of it, ignored", charger,
                    reservationId);
            return;
        }
        log.info("Reservation {} on {} used by a session at {}", reservationId, charger, at);
    }

    @Override
    public void endedByCharger(ChargerIdentity charger, int reservationId, ReservationStatus status, Instant at) {
        if (status != ReservationStatus.EXPIRED && status != ReservationStatus.REMOVED) {
            throw new IllegalArgumentException("A charger ends a reservation as EXPIRED or REMOVED, not " + status);
        }
        if (reservationId < 1 || !ledger.transition(new ReservationId(reservationId), charger, ACTIVE, status,
                clock.instant())) {
            log.debug("Charger {} reported reservation {} {}: not active here, ignored", charger, reservationId,
                    status);
            return;
        }
        log.info("Reservation {} on {} {} by the charger", reservationId, charger, status);
    }

    @Override
    public int expireDue(Instant now) {
        int expired = ledger.expireAcceptedUntil(now);
        if (expired > 0) {
            log.info("{} reservation(s) expired", expired);
        }
        return expired;
    }
}
