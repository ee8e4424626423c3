package io.busbar.connectivity;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerPresence;
import io.busbar.gateway.ChargerContext;
import io.busbar.gateway.ConnectionListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Locale;

/** Keeps presence (online, offline, history) from the gateway's connection events. */
@Component
class PresenceRecorder implements ConnectionListener {
    private final ChargerPresence presence;

    PresenceRecorder(ChargerPresence presence) {
        this.presence = presence;
    }

    @Override
    public void connected(ChargerContext charger) {
        presence.connected(new ChargerIdentity(charger.identity()), charger.version().subprotocol(),
                charger.remoteAddress(), charger.connectedAt());
    }

    @Override
    public void disconnected(ChargerContext charger, DisconnectReason reason, Instant at) {
        presence.disconnected(new ChargerIdentity(charger.identity()),
                reason.name().toLowerCase(Locale.ROOT).replace('_', ' '), at);
    }
}
