package io.busbar.gateway;

import io.busbar.ocpp.rpc.Call;
import io.busbar.ocpp.rpc.CallError;
import io.busbar.ocpp.rpc.CallResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The CSMS-to-charger calls of one connection. At most one is in flight (OCPP-J 1.6 §4.1.1, OCPP 2.0.1
 * Part 4 §4.1.1: a sender SHOULD NOT send a CALL before the previous one was answered or timed out); the
 * others wait in FIFO order and are sent when the one before is answered, timed out or failed to send.
 */
final class OutboundCalls {
    private static final Logger log = LoggerFactory.getLogger(OutboundCalls.class);

    private final OcppConnection connection;
    private final RpcServices rpc;
    private final ReentrantLock lock = new ReentrantLock();
    private ArrayDeque<PendingCall<?>> waiting; // created on first need: most chargers never queue
    private PendingCall<?> inFlight;
    /** Inbound CALLs of this charger being handled and not yet answered, and the thread handling the latest. */
    private int answering;
    private Thread answeringThread;
    /** {@link #inFlight} is held back until the inbound answers are written. */
    private boolean held;
    private boolean closed;

    OutboundCalls(OcppConnection connection, RpcServices rpc) {
        this.connection = connection;
        this.rpc = rpc;
    }

    void enqueue(PendingCall<?> call) {
        boolean sendNow = false;
        boolean rejected = false;
        lock.lock();
        try {
            if (closed) {
                rejected = true;
            } else if (inFlight == null) {
                inFlight = call;
                // A handler that itself calls the charger is not held back: it would wait for its own answer.
                held = answering > 0 && Thread.currentThread() != answeringThread;
                sendNow = !held;
            } else {
                if (waiting == null) {
                    waiting = new ArrayDeque<>(4);
                }
                waiting.add(call);
            }
        } finally {
            lock.unlock();
        }
        if (rejected) {
            call.fail(new ChargerNotConnectedException(connection.identity()), rpc.timers()::execute);
        } else if (sendNow) {
            transmit(call);
        }
    }

    /** Completes the in-flight call answered by {@code result}; false when no call waits for that id. */
    boolean onResult(CallResult result) {
        PendingCall<?> call = endInFlight(result.messageId());
        if (call == null) {
            return false;
        }
        call.succeed(result.payload(), rpc.binder(), connection.identity(), rpc.timers()::execute);
        return true;
    }

    /** Fails the in-flight call answered by {@code error}; false when no call waits for that id. */
    boolean onError(CallError error) {
        PendingCall<?> call = endInFlight(error.messageId());
        if (call == null) {
            return false;
        }
        call.fail(new CallErrorException(connection.identity(), call.action().name(), error.errorCode(),
                error.errorDescription()), rpc.timers()::execute);
        return true;
    }

    /** Fails the in-flight call whose answer could not even be decoded; false when none has that id. */
    boolean onUnreadableAnswer(String messageId, RuntimeException cause) {
        PendingCall<?> call = endInFlight(messageId);
        if (call == null) {
            return false;
        }
        call.fail(new InvalidCallResultException(connection.identity(), call.action().name(), cause),
                rpc.timers()::execute);
        return true;
    }

    /** The connection is gone: every in-flight and queued call fails, later ones are refused. */
    void close() {
        List<PendingCall<?>> abandoned = new ArrayList<>();
        lock.lock();
        try {
            closed = true;
            held = false;
            if (inFlight != null) {
                abandoned.add(inFlight);
                inFlight = null;
            }
            if (waiting != null) {
                abandoned.addAll(waiting);
                waiting = null;
            }
        } finally {
            lock.unlock();
        }
        for (PendingCall<?> call : abandoned) {
            call.cancelTimeout();
            call.fail(new ChargerNotConnectedException(connection.identity()), rpc.timers()::execute);
        }
    }

    private void transmit(PendingCall<?> call) {
        // The timeout counts from sending; armed first so that even an instant answer finds it to cancel.
        call.timeout(rpc.timers().schedule(rpc.callTimeout(), () -> timedOut(call)));
        String frame = rpc.codec().encode(new Call(call.messageId(), call.action().name(), call.payload()));
        try {
            connection.send(frame, call.messageId());
        } catch (IOException e) {
            if (end(call)) {
                call.fail(new UncheckedIOException("Could not send " + call.action() + " to "
                        + connection.identity(), e), rpc.timers()::execute);
            }
        }
    }

    private void timedOut(PendingCall<?> call) {
        if (end(call)) {
            log.warn("Charger {} did not answer {} (message {}) within {}", connection.identity(), call.action(),
                    call.messageId(), rpc.callTimeout());
            call.fail(new CallTimeoutException(connection.identity(), call.action().name(), rpc.callTimeout()),
                    rpc.timers()::execute);
        }
    }

    /**
     * An inbound CALL of this charger is being handled: calls to it wait until its answer is written. Otherwise a
     * reaction to the charger's own message (a drift check after BootNotification) could reach the charger before
     * the answer that message waits for, and a charger that has not yet seen its boot accepted may refuse it.
     */
    void answeringStarted() {
        lock.lock();
        try {
            answering++;
            answeringThread = Thread.currentThread();
        } finally {
            lock.unlock();
        }
    }

    /** The answer is written (or could not be): a call held back meanwhile is sent now. */
    void answeringEnded() {
        PendingCall<?> release = null;
        lock.lock();
        try {
            answering = Math.max(0, answering - 1);
            if (answering == 0) {
                answeringThread = null;
            }
            if (answering == 0 && held) {
                held = false;
                release = inFlight;
            }
        } finally {
            lock.unlock();
        }
        if (release != null) {
            transmit(release);
        }
    }

    private PendingCall<?> endInFlight(String messageId) {
        PendingCall<?> call;
        lock.lock();
        try {
            call = inFlight;
        } finally {
            lock.unlock();
        }
        return call != null && call.messageId().equals(messageId) && end(call) ? call : null;
    }

    /**
     * Ends {@code call} if it is still the one in flight and sends the next waiting one. Exactly one of
     * answer, timeout, send failure or close wins; the others find it ended and do nothing.
     */
    private boolean end(PendingCall<?> call) {
        PendingCall<?> next;
        lock.lock();
        try {
            if (inFlight != call) {
                return false;
            }
            next = waiting == null ? null : waiting.poll();
            inFlight = next;
            held = next != null && answering > 0;
            if (held) {
                next = null;
            }
        } finally {
            lock.unlock();
        }
        call.cancelTimeout();
        if (next != null) {
            transmit(next);
        }
        return true;
    }
}
