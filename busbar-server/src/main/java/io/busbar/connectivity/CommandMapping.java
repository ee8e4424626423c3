package io.busbar.connectivity;

import io.busbar.commands.ChargerCommand;
import io.busbar.ocpp.message.Action;

/**
 * How one version-neutral command is said in one OCPP version: the request to send and how to read the answer.
 * The adapters declare one mapping bean per command their version has; a command without a mapping is
 * {@link io.busbar.commands.CommandNotSupportedException not supported} by that version.
 *
 * @param <C> the command record
 * @param <R> the command's result
 * @param <Q> the OCPP request
 * @param <S> the OCPP response
 */
public interface CommandMapping<C extends ChargerCommand<R>, R, Q, S> {
    Class<C> command();

    Action<Q, S> action();

    /** @throws IllegalArgumentException (or {@link io.busbar.commands.InvalidCommandException}) when the command cannot be expressed in this version (e.g. a 2.0.1-only field) */
    Q request(C command);

    R result(S response);
}
