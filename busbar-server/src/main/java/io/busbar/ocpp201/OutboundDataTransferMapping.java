package io.busbar.ocpp201;

import io.busbar.commands.DataTransfer;
import io.busbar.commands.DataTransferResult;
import io.busbar.connectivity.CommandMapping;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.DataTransferRequest;
import io.busbar.ocpp.v201.DataTransferResponse;
import io.busbar.ocpp.v201.Ocpp201;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** OCPP 2.0.1 P02 DataTransfer from Busbar to the station: data is any JSON value, both ways. */
@Component("ocpp201DataTransferMapping")
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
        return Ocpp201.DATA_TRANSFER;
    }

    @Override
    public DataTransferRequest request(DataTransfer command) {
        JsonNode data = command.data() == null ? null : json.valueToTree(command.data());
        return new DataTransferRequest(command.messageId(), data, command.vendorId());
    }

    @Override
    public DataTransferResult result(DataTransferResponse response) {
        Object data = response.data() == null || response.data().isNull() ? null
                : json.treeToValue(response.data(), Object.class);
        var info = response.statusInfo();
        return new DataTransferResult(Ocpp201Mapping.literal(response.status()), data,
                info == null ? null : info.reasonCode(), info == null ? null : info.additionalInfo());
    }
}
