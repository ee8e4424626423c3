package io.busbar.commands;

import io.busbar.chargers.ChargerIdentity;

/**
 * SPI for the protocol adapters: delivers commands to the chargers connected to this node that speak the
 * adapter's version. {@link ChargerCommands} picks the channel that {@link #carries} the charger.
 */
public interface CommandChannel {
    /** True when the charger is connected here and speaks this channel's protocol version. */
    boolean carries(ChargerIdentity charger);

    /** Same contract (and exceptions) as {@link ChargerCommands#send}; blocks until the answer. */
    <R> CommandOutcome<R> send(ChargerIdentity charger, ChargerCommand<R> command);
}
