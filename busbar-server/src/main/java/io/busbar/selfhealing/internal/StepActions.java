package io.busbar.selfhealing.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerNotFoundException;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.commands.Actor;
import io.busbar.commands.Audited;
import io.busbar.commands.AuditedCommandException;
import io.busbar.commands.ChangeAvailability;
import io.busbar.commands.ChargerCommand;
import io.busbar.commands.CommandStatus;
import io.busbar.commands.InvalidCommandException;
import io.busbar.commands.OperatorCommands;
import io.busbar.commands.Reset;
import io.busbar.commands.ResetKind;
import io.busbar.commands.UnlockConnector;
import io.busbar.selfhealing.PlaybookStepKind;
import io.busbar.selfhealing.StepOutcome;
import io.busbar.sessions.Session;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;

/** Carries out the action steps through the audited command path, after the safety checks. */
@Component
class StepActions {
    static final Actor ACTOR = Actor.system("self-healing");
    /** Answers that mean the charger took the command (Scheduled: it acts once its transaction ends). */
    private static final Set<String> TAKEN = Set.of("Accepted", "Scheduled", "Unlocked");
    private final OperatorCommands commands;
    private final ChargerRegistry chargers;
    private final ActionGuard guard;

    StepActions(OperatorCommands commands, ChargerRegistry chargers, ActionGuard guard) {
        this.commands = commands;
        this.chargers = chargers;
        this.guard = guard;
    }

    StepResult run(PlaybookStepKind step, ChargerIdentity charger, Integer evseId) {
        return switch (step) {
            case SOFT_RESET -> reset(ResetKind.SOFT, charger, evseId);
            case HARD_RESET -> reset(ResetKind.HARD, charger, evseId);
            case UNLOCK_CONNECTOR -> evseId == null
                    ? StepResult.of(StepOutcome.SKIPPED_NOT_APPLICABLE, "the fault is not on one EVSE")
                    : guarded(charger, evseId, new UnlockConnector(evseId, 1), "UnlockConnector evse " + evseId);
            case MARK_UNAVAILABLE -> guarded(charger, evseId, new ChangeAvailability(evseId, null, false),
                    "ChangeAvailability Inoperative " + (evseId == null ? "charger" : "evse " + evseId));
            case WAIT_RECOVERY, CALL_HUMAN -> throw new IllegalArgumentException(step + " is not an action");
        };
    }

    /**
     * A 2.0.1 charger resets the faulted EVSE alone (B12), so other EVSEs keep charging; 1.6 can only reset the
     * whole charger (§5.14), which then must have no session delivering energy anywhere.
     */
    private StepResult reset(ResetKind kind, ChargerIdentity charger, Integer evseId) {
        boolean evseReset = evseId != null && evseId > 0 && speaks201(charger);
        Integer target = evseReset ? evseId : null;
        String label = "Reset " + kind + (evseReset ? " evse " + evseId : " charger");
        Optional<Session> busy = guard.chargingSession(charger, target);
        if (busy.isPresent()) {
            return skippedForSession(busy.get(), label);
        }
        if (!guard.resetAllowed(charger)) {
            return new StepResult(StepOutcome.SKIPPED_RATE_LIMITED, label, null, null,
                    "the charger had its allowance of automatic resets in the window");
        }
        return send(charger, new Reset(kind, target), label);
    }

    private StepResult guarded(ChargerIdentity charger, Integer evseId, ChargerCommand<CommandStatus> command,
                               String label) {
        Optional<Session> busy = guard.chargingSession(charger, evseId);
        if (busy.isPresent()) {
            return skippedForSession(busy.get(), label);
        }
        return send(charger, command, label);
    }

    private StepResult send(ChargerIdentity charger, ChargerCommand<CommandStatus> command, String label) {
        try {
            Audited<CommandStatus> audited = commands.execute(ACTOR, charger, command);
            String answer = audited.result().status();
            return new StepResult(TAKEN.contains(answer) ? StepOutcome.SENT : StepOutcome.REFUSED, label,
                    audited.id().value(), answer, audited.result().reasonCode());
        } catch (AuditedCommandException e) {
            return new StepResult(StepOutcome.FAILED, label, e.commandId().value(), e.failure().name(),
                    e.getMessage());
        } catch (InvalidCommandException | ChargerNotFoundException e) {
            return new StepResult(StepOutcome.FAILED, label, null, null, e.getMessage());
        }
    }

    private static StepResult skippedForSession(Session session, String label) {
        return new StepResult(StepOutcome.SKIPPED_ACTIVE_SESSION, label, null, null,
                "session " + session.id() + " is delivering energy on EVSE " + session.evseId());
    }

    private boolean speaks201(ChargerIdentity charger) {
        return chargers.find(charger).map(c -> c.protocol() != null && c.protocol().startsWith("ocpp2"))
                .orElse(false);
    }
}
