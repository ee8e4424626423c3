package io.busbar.ocpp201;

import io.busbar.chargers.ChargerNotification;
import io.busbar.gateway.ChargerContext;
import io.busbar.gateway.InboundHandler;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.DataTransferRequest;
import io.busbar.ocpp.v201.DataTransferResponse;
import io.busbar.ocpp.v201.DataTransferStatus;
import io.busbar.ocpp.v201.Ocpp201;
import io.busbar.connectivity.NotificationRecorder;
import org.springframework.stereotype.Component;

/**
 * P01: vendor-specific data. Busbar implements no vendor extension yet, so every vendor is unknown
 * (P01.FR.06); the message is kept so operators can see what their chargers try to say.
 */
@Component("ocpp201DataTransfer")
class DataTransferHandler implements InboundHandler<DataTransferRequest, DataTransferResponse> {
    private final NotificationRecorder recorder;

    DataTransferHandler(NotificationRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public Action<DataTransferRequest, DataTransferResponse> action() {
        return Ocpp201.DATA_TRANSFER;
    }

    @Override
    public DataTransferResponse handle(ChargerContext charger, DataTransferRequest request) {
        recorder.record(charger, ChargerNotification.Type.DATA_TRANSFER, null, request);
        return new DataTransferResponse(DataTransferStatus.UNKNOWN_VENDOR_ID, null, null);
    }
}
