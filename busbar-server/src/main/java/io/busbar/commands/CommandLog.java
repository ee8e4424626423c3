package io.busbar.commands;

import io.busbar.chargers.ChargerIdentity;

import java.util.List;
import java.util.Optional;

/** The audit trail of operator commands. */
public interface CommandLog {
    Optional<CommandRecord> find(CommandId id);

    /** Newest first; {@code before} is an exclusive cursor (a command id from a previous page), null for the first. */
    List<CommandRecord> forCharger(ChargerIdentity charger, CommandId before, int limit);
}
