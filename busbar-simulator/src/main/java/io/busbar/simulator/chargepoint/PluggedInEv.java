package io.busbar.simulator.chargepoint;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An EV whose cable is in but which does not charge yet: the step between {@link SimulatedChargePoint#plugIn}
 * and {@link #start()}. Blocks on each answer while online; while offline the messages queue and nothing waits.
 */
public final class PluggedInEv {
    static final long ANSWER_WAIT_SECONDS = 60;

    private final SimulatedChargePoint chargePoint;
    private final SessionProtocol protocol;
    private final int evseId;
    private final SimulatedEv ev;
    private String idToken;
    private String authorizationStatus;

    PluggedInEv(SimulatedChargePoint chargePoint, SessionProtocol protocol, int evseId, SimulatedEv ev) {
        this.chargePoint = chargePoint;
        this.protocol = protocol;
        this.evseId = evseId;
        this.ev = ev;
        awaitIfOnline(chargePoint, protocol.pluggedIn(evseId));
    }

    /**
     * Presents {@code idToken}. Online, sends Authorize and keeps the answer's status; offline, the charger
     * cannot ask, so it accepts the token locally as a charger configured to authorize offline would.
     */
    public PluggedInEv authorize(String idToken) {
        this.idToken = idToken;
        this.authorizationStatus = chargePoint.isOnline()
                ? await(chargePoint.authorize(idToken))
                : "Accepted";
        return this;
    }

    /** "Accepted", "Invalid", ... as the CSMS answered; null before {@link #authorize}. */
    public String authorizationStatus() {
        return authorizationStatus;
    }

    /** Starts the transaction and closes the power path. Refused unless the token was accepted. */
    public ChargingSession start() {
        if (!"Accepted".equals(authorizationStatus)) {
            throw new IllegalStateException("Cannot start: token " + idToken + " is " + authorizationStatus);
        }
        MeterReading begin = MeterReading.energyOnly(chargePoint.clock().instant(),
                MeterReading.ReadingContext.TRANSACTION_BEGIN, 0);
        awaitIfOnline(chargePoint, protocol.started(evseId, idToken, ev, begin));
        return running(new ChargingSession(chargePoint, protocol, evseId, ev, idToken));
    }

    /**
     * Starts the transaction the CSMS requested (1.6 RemoteStartTransaction, 2.0.1 RequestStartTransaction) for
     * {@code idToken}: no local authorization needed unless {@link #authorize} was called and refused.
     */
    ChargingSession startRemotely(String idToken, int remoteStartId) {
        if (authorizationStatus != null && !"Accepted".equals(authorizationStatus)) {
            throw new IllegalStateException("Cannot start: token " + idToken + " is " + authorizationStatus);
        }
        this.idToken = idToken;
        MeterReading begin = MeterReading.energyOnly(chargePoint.clock().instant(),
                MeterReading.ReadingContext.TRANSACTION_BEGIN, 0);
        awaitIfOnline(chargePoint, protocol.startedRemotely(evseId, idToken, ev, begin, remoteStartId));
        return running(new ChargingSession(chargePoint, protocol, evseId, ev, idToken));
    }

    /** The session runs: it reports at once when a limit already in force suspends it (e.g. a 0 A fail-safe). */
    private ChargingSession running(ChargingSession session) {
        chargePoint.runningSessions().started(session);
        session.followLimit();
        return session;
    }

    /** Takes the cable out without charging (e.g. after a rejected token). */
    public void unplug() {
        awaitIfOnline(chargePoint, protocol.unplugged(evseId));
    }

    static void awaitIfOnline(SimulatedChargePoint chargePoint, CompletableFuture<?> answer) {
        if (chargePoint.isOnline()) {
            await(answer);
        }
    }

    static <T> T await(CompletableFuture<T> answer) {
        try {
            return answer.get(ANSWER_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("No answer within " + ANSWER_WAIT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for an answer", e);
        }
    }
}
