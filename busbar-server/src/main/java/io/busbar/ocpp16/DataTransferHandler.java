package io.busbar.ocpp16;

import io.busbar.chargers.ChargerNotification;
import io.busbar.connectivity.NotificationRecorder;
import io.busbar.gateway.ChargerContext;
import io.busbar.gateway.InboundHandler;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v16.DataTransferRequest;
import io.busbar.ocpp.v16.DataTransferResponse;
import io.busbar.ocpp.v16.DataTransferStatus;
import io.busbar.ocpp.v16.Ocpp16;
import org.springframework.stereotype.Component;

/**
 * OCPP 1.6 §4.3: no vendor extension is implemented yet, so every vendorId is unknown; the message is kept
 * so operators see what their chargers try to say.
 */
@Component("ocpp16DataTransfer")
class DataTransferHandler implements InboundHandler<DataTransferRequest, DataTransferResponse> {
    private final NotificationRecorder recorder;

    DataTransferHandler(NotificationRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public Action<DataTransferRequest, DataTransferResponse> action() {
        return Ocpp16.DATA_TRANSFER;
    }

    @Override
    public DataTransferResponse handle(ChargerContext charger, DataTransferRequest request) {
        recorder.record(charger, ChargerNotification.Type.DATA_TRANSFER, null, request);
        return new DataTransferResponse(DataTransferStatus.UNKNOWN_VENDOR_ID, null);
    }
}
