package io.busbar.smartcharging.internal;

import io.busbar.platform.units.Current;
import io.busbar.smartcharging.allocation.EvseLimit;

import java.time.Duration;
import java.time.Instant;

/**
 * The TxProfile state of one EVSE for its current transaction: the last limit the charger confirmed, the one on the
 * wire, one whose fate is unknown (timed out: it may have been applied), and the retry schedule. Guarded by its
 * site's round lock and by its own monitor for the sender's callbacks.
 */
final class EvseProfile {
    enum State { IDLE, WAITING, PENDING, CONFIRMED, RETRYING }

    private String transactionId;
    private Current confirmed;
    private Instant confirmedUntil;
    private Instant confirmedAt;
    private Current inFlight;
    private Current uncertain;
    private int failures;
    private Instant retryAt;
    private Instant lastSentAt;
    private String lastResult;
    private EvseLimit target;

    /** A new transaction: nothing of the old one's profile holds (a TxProfile ends with its transaction). */
    synchronized void startTransaction(String transaction) {
        if (!transaction.equals(transactionId)) {
            endTransaction();
            transactionId = transaction;
        }
    }

    synchronized void endTransaction() {
        transactionId = null;
        confirmed = null;
        confirmedAt = null;
        confirmedUntil = null;
        inFlight = null;
        uncertain = null;
        failures = 0;
        retryAt = null;
        target = null;
    }

    synchronized String transactionId() {
        return transactionId;
    }

    /**
     * What the charger may be drawing at most, as far as Busbar can know: the higher of the confirmed limit (or the
     * charger's default when none: {@code withoutProfile}), the one on the wire and any unanswered one.
     */
    synchronized Current held(Current withoutProfile, Instant now) {
        Current held = confirmed != null && (confirmedUntil == null || now.isBefore(confirmedUntil))
                ? confirmed : withoutProfile;
        if (inFlight != null && inFlight.compareTo(held) > 0) {
            held = inFlight;
        }
        if (uncertain != null && uncertain.compareTo(held) > 0) {
            held = uncertain;
        }
        return held;
    }

    /**
     * Since when the limit the charger enforces has been known: null while one is on the wire or its fate is unknown
     * (a reading taken then may be under either limit), the confirmation time of the last accepted one, or
     * {@link Instant#MIN} when none was ever sent (the charger's default holds).
     */
    synchronized Instant limitKnownSince() {
        if (inFlight != null || uncertain != null) {
            return null;
        }
        return confirmedAt != null ? confirmedAt : Instant.MIN;
    }

    /** Must keep its current draw in this round: a profile is on the wire, or a retry is not due yet. */
    synchronized boolean fixed(Instant now) {
        return inFlight != null || retryAt != null && now.isBefore(retryAt);
    }

    synchronized Current confirmed() {
        return confirmed;
    }

    synchronized boolean needsRenewal(Instant now, Duration lease) {
        return confirmedUntil != null && !now.isBefore(confirmedUntil.minus(lease.multipliedBy(3).dividedBy(2)));
    }

    synchronized void target(EvseLimit limit) {
        this.target = limit;
    }

    synchronized EvseLimit target() {
        return target;
    }

    synchronized void sending(Current limit, Instant now) {
        inFlight = limit;
        lastSentAt = now;
    }

    /** The charger accepted: this is now what it enforces, until {@code until}. */
    synchronized void accepted(String transaction, Current limit, Instant until, String result, Instant now) {
        if (!transaction.equals(transactionId)) {
            return;
        }
        confirmedAt = now;
        confirmed = limit;
        confirmedUntil = until;
        inFlight = null;
        uncertain = null;
        failures = 0;
        retryAt = null;
        lastResult = result;
    }

    /**
     * Not applied or not known to be: refused ({@code mayBeApplied} false: the charger keeps its previous limit) or
     * unanswered (true: it may enforce the new one). Retried after a doubling delay up to {@code maxDelay}.
     */
    synchronized void failed(String transaction, Current limit, boolean mayBeApplied, String result, Instant now,
                             Duration maxDelay) {
        if (!transaction.equals(transactionId)) {
            return;
        }
        inFlight = null;
        if (mayBeApplied && (uncertain == null || limit.compareTo(uncertain) > 0)) {
            uncertain = limit;
        }
        failures++;
        retryAt = now.plus(RetryDelay.after(failures, maxDelay));
        lastResult = result;
    }

    /** The round found nothing to send: the charger already has what it should (e.g. 0 A by its default). */
    synchronized void settled() {
        if (inFlight == null) {
            retryAt = null;
            failures = 0;
        }
    }

    synchronized Instant retryAt() {
        return retryAt;
    }

    synchronized State state() {
        if (transactionId == null) {
            return State.IDLE;
        }
        if (inFlight != null) {
            return State.PENDING;
        }
        if (retryAt != null) {
            return State.RETRYING;
        }
        if (target != null && confirmed != null && ProfileSender.tenths(target.current()).equals(confirmed)) {
            return State.CONFIRMED;
        }
        if (target != null && confirmed == null && target.current().milliamps() < 100) {
            return State.CONFIRMED; // paused, as the charger's 0 A online default already has it
        }
        return target == null && confirmed != null ? State.CONFIRMED : State.WAITING;
    }

    synchronized Instant lastSentAt() {
        return lastSentAt;
    }

    synchronized String lastResult() {
        return lastResult;
    }
}
