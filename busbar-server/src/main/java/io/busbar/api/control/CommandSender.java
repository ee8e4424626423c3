package io.busbar.api.control;

import io.busbar.api.commands.CommandDtos;
import io.busbar.api.keys.Callers;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.commands.Audited;
import io.busbar.commands.ChargerCommand;
import io.busbar.commands.OperatorCommands;
import org.springframework.stereotype.Component;

/** Sends a command on behalf of the calling API key (audited) and shapes the common answer. */
@Component
class CommandSender {
    private final OperatorCommands commands;

    CommandSender(OperatorCommands commands) {
        this.commands = commands;
    }

    <R> Audited<R> execute(ChargerIdentity charger, ChargerCommand<R> command) {
        return commands.execute(Callers.current(), charger, command);
    }

    CommandDtos.CommandResponse send(String identity, ChargerCommand<?> command) {
        return CommandDtos.CommandResponse.of(command.name(), execute(new ChargerIdentity(identity), command));
    }

    /** The common answer with a result of the endpoint's own shape (e.g. with an id Busbar chose). */
    static CommandDtos.CommandResponse withResult(String command, Audited<?> audited, Object result) {
        CommandDtos.CommandResponse plain = CommandDtos.CommandResponse.of(command, audited);
        return new CommandDtos.CommandResponse(plain.commandId(), plain.command(), plain.status(), result,
                plain.answer());
    }
}
