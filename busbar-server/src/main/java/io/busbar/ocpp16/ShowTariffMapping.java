package io.busbar.ocpp16;

import io.busbar.commands.CommandStatus;
import io.busbar.connectivity.CommandMapping;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v16.DataTransferRequest;
import io.busbar.ocpp.v16.DataTransferResponse;
import io.busbar.ocpp.v16.Ocpp16;
import io.busbar.pricedisplay.ShowTariff;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/** California pricing "SetUserPrice": the driver's price text, sent once the driver identified. */
@Component("ocpp16ShowTariffMapping")
class ShowTariffMapping implements CommandMapping<ShowTariff, CommandStatus, DataTransferRequest, DataTransferResponse> {
    private final ObjectMapper json;

    ShowTariffMapping(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Class<ShowTariff> command() {
        return ShowTariff.class;
    }

    @Override
    public Action<DataTransferRequest, DataTransferResponse> action() {
        return Ocpp16.DATA_TRANSFER;
    }

    @Override
    public DataTransferRequest request(ShowTariff command) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("idToken", command.idToken());
        data.put("priceText", command.priceText());
        return CaliforniaPricingMessages.request(json, "SetUserPrice", data);
    }

    @Override
    public CommandStatus result(DataTransferResponse response) {
        return CaliforniaPricingMessages.status(response);
    }
}
