package io.busbar.ocpp16;

import io.busbar.commands.CommandStatus;
import io.busbar.commands.InvalidCommandException;
import io.busbar.connectivity.CommandMapping;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v16.DataTransferRequest;
import io.busbar.ocpp.v16.DataTransferResponse;
import io.busbar.ocpp.v16.Ocpp16;
import io.busbar.pricedisplay.ShowRunningCost;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * California pricing "RunningCost": transactionId (the 1.6 integer), timestamp, meterValue (Wh), cost, state
 * (Charging / Idle) and chargingPrice, plus idlePrice when the tariff has an idle fee.
 */
@Component("ocpp16ShowRunningCostMapping")
class ShowRunningCostMapping
        implements CommandMapping<ShowRunningCost, CommandStatus, DataTransferRequest, DataTransferResponse> {
    private final ObjectMapper json;

    ShowRunningCostMapping(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Class<ShowRunningCost> command() {
        return ShowRunningCost.class;
    }

    @Override
    public Action<DataTransferRequest, DataTransferResponse> action() {
        return Ocpp16.DATA_TRANSFER;
    }

    @Override
    public DataTransferRequest request(ShowRunningCost command) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("transactionId", transactionNumber(command.transactionId()));
        data.put("timestamp", command.at().toString());
        data.put("meterValue", command.meterWh());
        data.put("cost", command.cost());
        data.put("state", command.charging() ? "Charging" : "Idle");
        data.put("chargingPrice", CaliforniaPricingMessages.chargingPrice(command.prices()));
        Map<String, Object> idle = CaliforniaPricingMessages.idlePrice(command.prices());
        if (idle != null) {
            data.put("idlePrice", idle);
        }
        return CaliforniaPricingMessages.request(json, "RunningCost", data);
    }

    @Override
    public CommandStatus result(DataTransferResponse response) {
        return CaliforniaPricingMessages.status(response);
    }

    static int transactionNumber(String transactionId) {
        try {
            return Integer.parseInt(transactionId);
        } catch (NumberFormatException e) {
            throw new InvalidCommandException("a 1.6 transactionId is an integer: " + transactionId);
        }
    }
}
