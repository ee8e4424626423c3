package io.busbar.ocpp16;

import io.busbar.commands.CommandStatus;
import io.busbar.connectivity.CommandMapping;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v16.DataTransferRequest;
import io.busbar.ocpp.v16.DataTransferResponse;
import io.busbar.ocpp.v16.Ocpp16;
import io.busbar.pricedisplay.ShowFinalCost;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/** California pricing "FinalCost": transactionId, cost and priceText after StopTransaction (no receipt QR code yet). */
@Component("ocpp16ShowFinalCostMapping")
class ShowFinalCostMapping
        implements CommandMapping<ShowFinalCost, CommandStatus, DataTransferRequest, DataTransferResponse> {
    private final ObjectMapper json;

    ShowFinalCostMapping(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Class<ShowFinalCost> command() {
        return ShowFinalCost.class;
    }

    @Override
    public Action<DataTransferRequest, DataTransferResponse> action() {
        return Ocpp16.DATA_TRANSFER;
    }

    @Override
    public DataTransferRequest request(ShowFinalCost command) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("transactionId", ShowRunningCostMapping.transactionNumber(command.transactionId()));
        data.put("cost", command.cost());
        data.put("priceText", command.priceText());
        return CaliforniaPricingMessages.request(json, "FinalCost", data);
    }

    @Override
    public CommandStatus result(DataTransferResponse response) {
        return CaliforniaPricingMessages.status(response);
    }
}
