package io.busbar.ocpp201;

import io.busbar.gateway.ChargerContext;
import io.busbar.gateway.InboundHandler;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.MeterValuesRequest;
import io.busbar.ocpp.v201.MeterValuesResponse;
import io.busbar.ocpp.v201.Ocpp201;
import io.busbar.sessions.SessionLifecycle;
import org.springframework.stereotype.Component;

/** J01: meter values outside transactions (transaction-bound ones travel in TransactionEvent). */
@Component("ocpp201MeterValues")
class MeterValuesHandler implements InboundHandler<MeterValuesRequest, MeterValuesResponse> {
    private final SessionLifecycle sessions;

    MeterValuesHandler(SessionLifecycle sessions) {
        this.sessions = sessions;
    }

    @Override
    public Action<MeterValuesRequest, MeterValuesResponse> action() {
        return Ocpp201.METER_VALUES;
    }

    @Override
    public MeterValuesResponse handle(ChargerContext charger, MeterValuesRequest request) {
        sessions.recordReadings(Ocpp201Mapping.identity(charger), request.evseId(), null,
                Ocpp201Mapping.readings(request.meterValue()));
        return new MeterValuesResponse();
    }
}
