package io.busbar.ocpp16;

import io.busbar.gateway.ChargerContext;
import io.busbar.gateway.InboundHandler;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v16.MeterValuesRequest;
import io.busbar.ocpp.v16.MeterValuesResponse;
import io.busbar.ocpp.v16.Ocpp16;
import io.busbar.sessions.SessionLifecycle;
import io.busbar.sessions.SessionRef;
import org.springframework.stereotype.Component;

/** OCPP 1.6 §4.7: every sampled value is kept, tied to the transaction when one is named. */
@Component("ocpp16MeterValues")
class MeterValuesHandler implements InboundHandler<MeterValuesRequest, MeterValuesResponse> {
    private final SessionLifecycle sessions;

    MeterValuesHandler(SessionLifecycle sessions) {
        this.sessions = sessions;
    }

    @Override
    public Action<MeterValuesRequest, MeterValuesResponse> action() {
        return Ocpp16.METER_VALUES;
    }

    @Override
    public MeterValuesResponse handle(ChargerContext charger, MeterValuesRequest request) {
        SessionRef ref = request.transactionId() == null ? null
                : new SessionRef.ByTransactionNumber(request.transactionId());
        sessions.recordReadings(Ocpp16Mapping.identity(charger), request.connectorId(), ref,
                Ocpp16Mapping.readings(request.meterValue()));
        return new MeterValuesResponse();
    }
}
