package io.busbar.ocpp.message;

import io.busbar.ocpp.rpc.OcppVersion;

/**
 * One OCPP action of one version with its typed request and response, e.g. 1.6 {@code BootNotification}.
 * Used as a typed key: handlers register for an action, outbound calls name one.
 */
public record Action<Q, R>(OcppVersion version, String name, Class<Q> requestType, Class<R> responseType,
                           Initiator initiator) {

    public static <Q, R> Action<Q, R> fromCharger(OcppVersion version, String name, Class<Q> request, Class<R> response) {
        return new Action<>(version, name, request, response, Initiator.CHARGER);
    }

    public static <Q, R> Action<Q, R> fromCsms(OcppVersion version, String name, Class<Q> request, Class<R> response) {
        return new Action<>(version, name, request, response, Initiator.CSMS);
    }

    @Override
    public String toString() {
        return version.subprotocol() + "/" + name;
    }
}
