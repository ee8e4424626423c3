package io.busbar.simulator.chargepoint;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The transactions running on a charge point, by EVSE: what remote commands (stop, reset, availability, unlock)
 * act on, whether the session was started locally ({@link PluggedInEv#start()}) or remotely.
 */
public final class RunningSessions {
    private final Map<Integer, ChargingSession> byEvse = new ConcurrentSkipListMap<>();
    private final List<Consumer<ChargingSession>> endListeners = new CopyOnWriteArrayList<>();
    private final DrawVersion drawVersion;

    RunningSessions(DrawVersion drawVersion) {
        this.drawVersion = drawVersion;
    }

    ChargingSession started(ChargingSession session) {
        drawVersion.change(() -> byEvse.put(session.evseId(), session));
        return session;
    }

    void ended(ChargingSession session) {
        drawVersion.change(() -> {
            if (byEvse.remove(session.evseId(), session)) {
                endListeners.forEach(listener -> listener.accept(session));
            }
        });
    }

    /** Runs {@code listener} (on the thread that stopped the session) after each session has ended. */
    void onEnded(Consumer<ChargingSession> listener) {
        endListeners.add(listener);
    }

    public Optional<ChargingSession> on(int evseId) {
        return Optional.ofNullable(byEvse.get(evseId));
    }

    /** The session the CSMS knows by {@code transactionId} (1.6: the number it issued, as text). */
    public Optional<ChargingSession> withTransactionId(String transactionId) {
        return byEvse.values().stream().filter(s -> transactionId.equals(s.transactionId())).findFirst();
    }

    public boolean isEmpty() {
        return byEvse.isEmpty();
    }

    /** In EVSE order. */
    public List<ChargingSession> all() {
        return List.copyOf(byEvse.values());
    }
}
