package io.busbar.ocpp16;

import io.busbar.gateway.ChargerContext;
import io.busbar.gateway.InboundHandler;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v16.Ocpp16;
import io.busbar.ocpp.v16.StopTransactionRequest;
import io.busbar.ocpp.v16.StopTransactionResponse;
import io.busbar.platform.units.Energy;
import io.busbar.sessions.EndSession;
import io.busbar.sessions.SessionEndResult;
import io.busbar.sessions.SessionLifecycle;
import io.busbar.sessions.SessionNotFoundException;
import io.busbar.sessions.SessionRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * OCPP 1.6 §4.10: ends the session of the transactionId Busbar issued; transactionData readings are kept.
 * A retry changes nothing. An unknown transactionId is still acknowledged (§4.10: upon receipt of a
 * StopTransaction.req the Central System SHALL respond with a StopTransaction.conf), otherwise the charge point
 * would retry it forever and block its queue.
 */
@Component("ocpp16StopTransaction")
class StopTransactionHandler implements InboundHandler<StopTransactionRequest, StopTransactionResponse> {
    private static final Logger log = LoggerFactory.getLogger(StopTransactionHandler.class);
    private final SessionLifecycle sessions;

    StopTransactionHandler(SessionLifecycle sessions) {
        this.sessions = sessions;
    }

    @Override
    public Action<StopTransactionRequest, StopTransactionResponse> action() {
        return Ocpp16.STOP_TRANSACTION;
    }

    @Override
    public StopTransactionResponse handle(ChargerContext charger, StopTransactionRequest request) {
        try {
            SessionEndResult result = sessions.end(new EndSession(Ocpp16Mapping.identity(charger),
                    new SessionRef.ByTransactionNumber(request.transactionId()), request.timestamp(),
                    Energy.ofWattHours(request.meterStop()),
                    request.reason() == null ? "Local" : Ocpp16Mapping.literal(request.reason()),
                    Ocpp16Mapping.idTag(request.idTag()), null, null,
                    Ocpp16Mapping.readings(request.transactionData())));
            return new StopTransactionResponse(result.stopTokenAuthorization() == null ? null
                    : Ocpp16Mapping.idTagInfo(result.stopTokenAuthorization()));
        } catch (SessionNotFoundException e) {
            log.warn("Charger {} stopped transaction {} that Busbar never issued; acknowledged",
                    charger.identity(), request.transactionId());
            return new StopTransactionResponse(null);
        }
    }
}
