package io.busbar.ocpp201;

import io.busbar.commands.CommandStatus;
import io.busbar.connectivity.CommandMapping;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.CostUpdatedRequest;
import io.busbar.ocpp.v201.CostUpdatedResponse;
import io.busbar.ocpp.v201.Ocpp201;
import io.busbar.pricedisplay.ShowRunningCost;
import org.springframework.stereotype.Component;

/**
 * I02: CostUpdated with the running total cost incl. taxes (the unit prices are not part of 2.0.1's message).
 * The answer is empty: Accepted means the station took it.
 */
@Component("ocpp201ShowRunningCostMapping")
class ShowRunningCostMapping
        implements CommandMapping<ShowRunningCost, CommandStatus, CostUpdatedRequest, CostUpdatedResponse> {
    @Override
    public Class<ShowRunningCost> command() {
        return ShowRunningCost.class;
    }

    @Override
    public Action<CostUpdatedRequest, CostUpdatedResponse> action() {
        return Ocpp201.COST_UPDATED;
    }

    @Override
    public CostUpdatedRequest request(ShowRunningCost command) {
        return new CostUpdatedRequest(command.cost(), command.transactionId());
    }

    @Override
    public CommandStatus result(CostUpdatedResponse response) {
        return CommandStatus.of(CommandStatus.ACCEPTED);
    }
}
