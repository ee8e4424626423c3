package io.busbar.ocpp16;

import io.busbar.chargers.ChargerPresence;
import io.busbar.gateway.ChargerContext;
import io.busbar.gateway.InboundHandler;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v16.HeartbeatRequest;
import io.busbar.ocpp.v16.HeartbeatResponse;
import io.busbar.ocpp.v16.Ocpp16;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/** OCPP 1.6 §4.6: a sign of life; answers the Central System's time. */
@Component("ocpp16Heartbeat")
class HeartbeatHandler implements InboundHandler<HeartbeatRequest, HeartbeatResponse> {
    private final ChargerPresence presence;
    private final Clock clock;

    HeartbeatHandler(ChargerPresence presence, Clock clock) {
        this.presence = presence;
        this.clock = clock;
    }

    @Override
    public Action<HeartbeatRequest, HeartbeatResponse> action() {
        return Ocpp16.HEARTBEAT;
    }

    @Override
    public HeartbeatResponse handle(ChargerContext charger, HeartbeatRequest request) {
        Instant now = clock.instant();
        presence.seen(Ocpp16Mapping.identity(charger), now);
        return new HeartbeatResponse(now);
    }
}
