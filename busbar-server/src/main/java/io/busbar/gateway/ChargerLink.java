package io.busbar.gateway;

import io.busbar.ocpp.message.Action;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Sends CSMS-initiated calls to connected chargers. At most one call per charger is outstanding
 * (OCPP-J: "a CSMS SHOULD NOT send a CALL before the previous one was answered"); further calls wait their turn.
 * The future fails with {@link ChargerNotConnectedException} (not connected, or the connection closed before the
 * answer), {@link CallTimeoutException} ({@code busbar.ocpp.call-timeout} from sending), {@link CallErrorException}
 * (the charger answered CALLERROR), {@link InvalidCallResultException} (the CALLRESULT does not fit the response
 * type), or {@link IllegalArgumentException} (an action of another version than the charger negotiated).
 * The future completes on a gateway virtual thread. An {@link InboundHandler} must not wait for a call to the
 * charger it is handling: that charger's answer is read only after the handler returns.
 */
public interface ChargerLink {
    <Q, R> CompletableFuture<R> call(String identity, Action<Q, R> action, Q request);

    Optional<ChargerContext> connection(String identity);

    default boolean isConnected(String identity) {
        return connection(identity).isPresent();
    }
}
