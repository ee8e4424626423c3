package io.busbar.commands.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.commands.Actor;
import io.busbar.commands.Audited;
import io.busbar.commands.AuditedCommandException;
import io.busbar.commands.ChargerCommand;
import io.busbar.commands.ChargerCommands;
import io.busbar.commands.CommandException;
import io.busbar.commands.CommandId;
import io.busbar.commands.CommandOutcome;
import io.busbar.commands.CommandTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Journals the attempt before sending (so a command survives in the log even if Busbar dies while waiting) and its
 * answer or failure after.
 */
@Component
class JournalledOperatorCommands implements io.busbar.commands.OperatorCommands {
    private static final Logger log = LoggerFactory.getLogger(JournalledOperatorCommands.class);
    private final ChargerCommands commands;
    private final CommandJournal journal;
    private final CommandTypes types;
    private final ChargerRegistry chargers;
    private final Clock clock;

    JournalledOperatorCommands(ChargerCommands commands, CommandJournal journal, CommandTypes types,
                               ChargerRegistry chargers, Clock clock) {
        this.commands = commands;
        this.journal = journal;
        this.types = types;
        this.chargers = chargers;
        this.clock = clock;
    }

    @Override
    public <R> Audited<R> execute(Actor actor, ChargerIdentity charger, ChargerCommand<R> command) {
        chargers.require(charger);
        CommandId id = new CommandId(UUID.randomUUID());
        Instant requestedAt = clock.instant();
        journal.requested(id, charger, command.name(), types.arguments(command.forAudit()), actor, requestedAt);
        try {
            CommandOutcome<R> outcome = commands.send(charger, command);
            journal.answered(id, clock.instant(), statusOf(outcome.answer()), outcome.answer());
            log.info("{} by {}:{} to {} answered {}", command.name(), actor.kind(), actor.id(), charger.value(),
                    statusOf(outcome.answer()));
            return new Audited<>(id, outcome.result(), outcome);
        } catch (CommandException e) {
            journal.failed(id, clock.instant(), e.failure(), e.getMessage());
            log.info("{} by {}:{} to {} failed: {}", command.name(), actor.kind(), actor.id(), charger.value(),
                    e.getMessage());
            throw new AuditedCommandException(id, e);
        } catch (RuntimeException e) {
            journal.failed(id, clock.instant(), null, e.toString());
            throw e;
        }
    }

    private static String statusOf(Map<String, Object> answer) {
        return answer.get("status") instanceof String status ? status : null;
    }
}
