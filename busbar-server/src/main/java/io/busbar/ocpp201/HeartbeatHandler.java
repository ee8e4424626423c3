package io.busbar.ocpp201;

import io.busbar.chargers.ChargerPresence;
import io.busbar.gateway.ChargerContext;
import io.busbar.gateway.InboundHandler;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.HeartbeatRequest;
import io.busbar.ocpp.v201.HeartbeatResponse;
import io.busbar.ocpp.v201.Ocpp201;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/** G02: a sign of life; answers the CSMS time so the station can synchronise its clock. */
@Component("ocpp201Heartbeat")
class HeartbeatHandler implements InboundHandler<HeartbeatRequest, HeartbeatResponse> {
    private final ChargerPresence presence;
    private final Clock clock;

    HeartbeatHandler(ChargerPresence presence, Clock clock) {
        this.presence = presence;
        this.clock = clock;
    }

    @Override
    public Action<HeartbeatRequest, HeartbeatResponse> action() {
        return Ocpp201.HEARTBEAT;
    }

    @Override
    public HeartbeatResponse handle(ChargerContext charger, HeartbeatRequest request) {
        Instant now = clock.instant();
        presence.seen(Ocpp201Mapping.identity(charger), now);
        return new HeartbeatResponse(now);
    }
}
