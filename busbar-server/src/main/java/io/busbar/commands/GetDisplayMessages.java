package io.busbar.commands;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Asks the charger which display messages it has (OCPP 2.0.1 O04), optionally only those with these
 * {@code ids}, {@code priority} or {@code state}. The charger answers Accepted (it will report them in
 * NotifyDisplayMessages, which Busbar keeps as the charger's {@link DisplayMessages}) or Unknown (none match).
 * {@code requestId} ties the reports to this request; Busbar draws one when absent.
 */
public record GetDisplayMessages(List<Integer> ids, String priority, String state, Integer requestId)
        implements ChargerCommand<CommandStatus> {
    public GetDisplayMessages {
        ids = ids == null || ids.isEmpty() ? null : List.copyOf(ids);
        requestId = requestId == null ? ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE) : requestId;
    }
}
