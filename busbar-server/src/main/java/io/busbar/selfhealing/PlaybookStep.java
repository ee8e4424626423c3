package io.busbar.selfhealing;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Objects;

/** One step, as stored: {@code {"step": "WAIT_RECOVERY", "seconds": 120}}; {@code seconds} only for waits. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlaybookStep(PlaybookStepKind step, Integer seconds) {
    /** The longest wait a step may ask for (a day): longer is surely a typo. */
    public static final int MAX_WAIT_SECONDS = 86_400;

    public PlaybookStep {
        Objects.requireNonNull(step, "step");
        if (step == PlaybookStepKind.WAIT_RECOVERY) {
            if (seconds == null || seconds < 1 || seconds > MAX_WAIT_SECONDS) {
                throw new InvalidPlaybookException("WAIT_RECOVERY needs seconds between 1 and " + MAX_WAIT_SECONDS);
            }
        } else if (seconds != null) {
            throw new InvalidPlaybookException(step + " takes no seconds");
        }
    }

    public static PlaybookStep of(PlaybookStepKind step) {
        return new PlaybookStep(step, null);
    }

    public static PlaybookStep waitRecovery(int seconds) {
        return new PlaybookStep(PlaybookStepKind.WAIT_RECOVERY, seconds);
    }
}
