package io.busbar.connectivity;

import io.busbar.chargers.ChargerNotification;
import io.busbar.gateway.ChargerContext;
import io.busbar.gateway.InboundHandler;
import io.busbar.ocpp.message.Action;

import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A notification a charger sends and the CSMS only has to keep (firmware, log and security status, device
 * events and reports, limits...): stored as a charger notification, then acknowledged. Nothing is answered
 * NotImplemented that a station commonly sends.
 */
public final class RecordingHandler<Q, R> implements InboundHandler<Q, R> {
    private final Action<Q, R> action;
    private final ChargerNotification.Type type;
    private final Function<Q, Instant> timestamp;
    private final Supplier<R> response;
    private final NotificationRecorder recorder;

    public RecordingHandler(Action<Q, R> action, ChargerNotification.Type type, Function<Q, Instant> timestamp,
                     Supplier<R> response, NotificationRecorder recorder) {
        this.action = action;
        this.type = type;
        this.timestamp = timestamp;
        this.response = response;
        this.recorder = recorder;
    }

    @Override
    public Action<Q, R> action() {
        return action;
    }

    @Override
    public R handle(ChargerContext charger, Q request) {
        recorder.record(charger, type, timestamp.apply(request), request);
        return response.get();
    }
}
