package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code RequestStartTransaction} request (CSMS to charging station). */
public record RequestStartTransactionRequest(
        Integer evseId,
        IdToken groupIdToken,
        @Required IdToken idToken,
        @Required Integer remoteStartId,
        ChargingProfile chargingProfile) {
}
