package io.busbar.ocpp16;

import io.busbar.commands.DataTransfer;
import io.busbar.commands.DataTransferResult;
import io.busbar.connectivity.CommandMapping;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.schema.EnumLiterals;
import io.busbar.ocpp.v16.DataTransferRequest;
import io.busbar.ocpp.v16.DataTransferResponse;
import io.busbar.ocpp.v16.Ocpp16;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * OCPP 1.6 §5.6 DataTransfer from Busbar to the charger. The 1.6 schema allows only a string as data, so any
 * other JSON value is sent as its JSON text (what vendors commonly put in the string anyway).
 */
@Component("ocpp16DataTransferMapping")
class OutboundDataTransferMapping
        implements CommandMapping<DataTransfer, DataTransferResult, DataTransferRequest, DataTransferResponse> {
    private final ObjectMapper json;

    OutboundDataTransferMapping(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Class<DataTransfer> command() {
        return DataTransfer.class;
    }

    @Override
    public Action<DataTransferRequest, DataTransferResponse> action() {
        return Ocpp16.DATA_TRANSFER;
    }

    @Override
    public DataTransferRequest request(DataTransfer command) {
        Object data = command.data();
        String text = data == null || data instanceof String ? (String) data : json.writeValueAsString(data);
        return new DataTransferRequest(command.vendorId(), command.messageId(), text);
    }

    @Override
    public DataTransferResult result(DataTransferResponse response) {
        return new DataTransferResult(EnumLiterals.literal(response.status()), response.data(), null, null);
    }
}
