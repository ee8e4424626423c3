package io.busbar.commands;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every kind of command Busbar knows, by {@link ChargerCommand#name()}: rebuilds a command from its name and its
 * arguments (the record's components as JSON-compatible values), for stored commands (bulk jobs) and generic API
 * calls. Modules contribute their command records as {@link CommandType} beans.
 */
public interface CommandTypes {
    Set<String> names();

    Optional<CommandType<?>> find(String name);

    /** @throws InvalidCommandException for an unknown name or arguments that do not fit the record */
    ChargerCommand<?> decode(String name, Map<String, Object> arguments);

    /** The command's components as JSON-compatible values (the inverse of {@link #decode}). */
    Map<String, Object> arguments(ChargerCommand<?> command);

    /** Declares one command record; expose as a Spring bean (e.g. {@code CommandType.of(Reset.class)}). */
    record CommandType<C extends ChargerCommand<?>>(String name, Class<C> type, String description) {
        public static <C extends ChargerCommand<?>> CommandType<C> of(Class<C> type, String description) {
            return new CommandType<>(type.getSimpleName(), type, description);
        }
    }
}
