package io.busbar.faults.internal;

import io.busbar.commands.CommandRefused;
import io.busbar.faults.FaultSeverity;
import io.busbar.faults.FaultType;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Refused or failed commands (from the command log) as COMMAND_REJECTED, INFO. A refusal is a moment, not a state:
 * the fault is opened and closed at the same instant, so it is in the log (and its count in reports) without
 * leaving anything open.
 */
@Component
class CommandFaults {
    private final FaultJournal journal;

    CommandFaults(FaultJournal journal) {
        this.journal = journal;
    }

    @ApplicationModuleListener
    void on(CommandRefused refused) {
        String outcome = refused.status() != null ? refused.status() : refused.failure().name();
        String code = refused.name() + ":" + outcome;
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("kind", "Command");
        source.put("commandId", refused.command().value().toString());
        source.put("command", refused.name());
        source.put("outcome", outcome);
        if (refused.detail() != null) {
            source.put("detail", refused.detail());
        }
        journal.open(new NewFault(refused.charger(), null, FaultType.COMMAND_REJECTED, FaultSeverity.INFO, code,
                refused.name() + " " + outcome.toLowerCase(), source, refused.at()));
        journal.closeOpen(refused.charger(), null, List.of(FaultType.COMMAND_REJECTED), code, refused.at(),
                "a refusal is instantaneous");
    }
}
