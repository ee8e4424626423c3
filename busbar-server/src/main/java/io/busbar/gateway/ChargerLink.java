package io.busbar.gateway;

import io.busbar.ocpp.message.Action;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Sends CSMS-initiated calls to connected chargers. At most one call per charger is outstanding
 * (OCPP-J: "a CSMS SHOULD NOT send a CALL before the previous one was answered"); further calls wait their turn.
 * The future fails with {@link ChargerNotConnectedException}, {@link CallTimeoutException} or
 * {@link CallErrorException}.
 */
public interface ChargerLink {
    <Q, R> CompletableFuture<R> call(String identity, Action<Q, R> action, Q request);

    Optional<ChargerContext> connection(String identity);

    default boolean isConnected(String identity) {
        return connection(identity).isPresent();
    }
}
