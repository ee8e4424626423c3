package io.busbar.bulk;

import java.util.Map;
import java.util.Objects;

/** What a bulk job does to each charger. */
public sealed interface BulkAction {
    /**
     * Sends one command, by its {@link io.busbar.commands.CommandTypes registered name} and arguments (e.g.
     * {@code ClearCache} with no arguments), through the audited operator path.
     */
    record RunCommand(String command, Map<String, Object> arguments) implements BulkAction {
        public RunCommand {
            Objects.requireNonNull(command, "command");
            arguments = arguments == null ? Map.of() : Map.copyOf(arguments);
        }
    }

    /**
     * Checks the charger against the configuration template that applies to it
     * ({@link io.busbar.devicemodel.DriftChecks}); {@code correct} also sets the values that differ.
     */
    record CheckTemplate(boolean correct) implements BulkAction {
    }
}
