package io.busbar.commands;

import java.util.Map;

/**
 * What a charger answered to a command: the typed {@code result} and its {@code answer} exactly as sent (the
 * response's fields with their protocol names, as JSON-compatible values), kept for the audit log.
 */
public record CommandOutcome<R>(R result, Map<String, Object> answer) {
    public CommandOutcome {
        answer = answer == null ? Map.of() : answer;
    }
}
