package io.busbar.devicemodel;

import io.busbar.commands.ChargerCommand;
import io.busbar.commands.CommandStatus;

import java.util.List;

/**
 * OCPP 2.0.1 GetReport (B08): the variables named in {@code componentVariables} (a reference without variable means
 * the whole component), restricted to components meeting the {@code componentCriteria} (Active, Available, Enabled,
 * Problem; up to 4). The data arrives in NotifyReport messages carrying {@code requestId}.
 */
public record GetReport(int requestId, List<VariableRef> componentVariables, List<String> componentCriteria)
        implements ChargerCommand<CommandStatus> {
    public GetReport {
        componentVariables = componentVariables == null ? List.of() : List.copyOf(componentVariables);
        componentCriteria = componentCriteria == null ? List.of() : List.copyOf(componentCriteria);
    }
}
