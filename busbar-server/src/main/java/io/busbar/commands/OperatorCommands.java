package io.busbar.commands;

import io.busbar.chargers.ChargerIdentity;

/**
 * {@link ChargerCommands} with an audit trail: every call is journalled (who, what, when, the answer or why there
 * was none) before this returns or throws. A command without a usable answer throws {@link AuditedCommandException}
 * (its log entry and the port's {@link CommandException}); an {@link InvalidCommandException} means the command
 * cannot be expressed in the charger's protocol (nothing was sent; the attempt is logged).
 *
 * @throws io.busbar.chargers.ChargerNotFoundException when no charger has this identity (nothing is logged)
 */
public interface OperatorCommands {
    <R> Audited<R> execute(Actor actor, ChargerIdentity charger, ChargerCommand<R> command);
}
