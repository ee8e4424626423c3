package io.busbar.selfhealing.internal;

import io.busbar.selfhealing.StepOutcome;

import java.util.UUID;

/** How one step ended, as recorded. */
record StepResult(StepOutcome outcome, String command, UUID commandId, String answer, String detail) {
    static StepResult of(StepOutcome outcome, String detail) {
        return new StepResult(outcome, null, null, null, detail);
    }
}
