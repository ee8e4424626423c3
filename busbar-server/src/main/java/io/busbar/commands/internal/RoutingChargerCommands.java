package io.busbar.commands.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.commands.ChargerCommand;
import io.busbar.commands.ChargerCommands;
import io.busbar.commands.ChargerOfflineException;
import io.busbar.commands.CommandChannel;
import io.busbar.commands.CommandOutcome;
import org.springframework.stereotype.Component;

import java.util.List;

/** Hands each command to the protocol channel that carries the charger; none carries it → offline. */
@Component
class RoutingChargerCommands implements ChargerCommands {
    private final List<CommandChannel> channels;

    RoutingChargerCommands(List<CommandChannel> channels) {
        this.channels = List.copyOf(channels);
    }

    @Override
    public <R> CommandOutcome<R> send(ChargerIdentity charger, ChargerCommand<R> command) {
        for (CommandChannel channel : channels) {
            if (channel.carries(charger)) {
                return channel.send(charger, command);
            }
        }
        throw new ChargerOfflineException(charger, null);
    }
}
