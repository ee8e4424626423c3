package io.busbar.commands;

import io.busbar.chargers.ChargerIdentity;

/**
 * Sends a command to a connected charger and waits for its answer (callers run on virtual threads). Not audited:
 * system-initiated traffic (drift correction, local-list sync...) uses this; operator actions go through
 * {@link OperatorCommands}.
 *
 * @throws ChargerOfflineException      the charger is not connected (or disconnected before answering)
 * @throws CommandTimeoutException      no answer within the gateway's call timeout
 * @throws CommandErrorException        the charger answered with a CALLERROR (e.g. NotSupported)
 * @throws CommandNotSupportedException the charger's protocol version has no such operation
 */
public interface ChargerCommands {
    <R> CommandOutcome<R> send(ChargerIdentity charger, ChargerCommand<R> command);
}
