package io.busbar.selfhealing;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.faults.FaultId;
import io.busbar.faults.FaultSeverity;
import io.busbar.faults.FaultType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One playbook carried out for one fault, with every step and how it ended. */
public record PlaybookRun(UUID id, FaultId fault, ChargerIdentity charger, Integer evseId, FaultType faultType,
                          FaultSeverity severity, String faultCode, UUID playbookId, int playbookVersion,
                          RunState state, Instant startedAt, Instant endedAt, String summary, List<Step> steps) {
    public PlaybookRun {
        steps = List.copyOf(steps);
    }

    /**
     * @param command   what was sent, e.g. {@code Reset SOFT evse 1}; null for waits and skipped steps
     * @param commandId its audit entry in the command log
     * @param answer    the charger's status literal, or why there was no answer
     */
    public record Step(int position, PlaybookStepKind step, Instant startedAt, Instant endedAt, String command,
                       UUID commandId, String answer, StepOutcome outcome, String detail) {
    }
}
