package io.busbar.commands;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.Locale;

/**
 * How a charger restarts. Busbar's one mapping between the versions' vocabularies:
 * <ul>
 * <li>{@link #SOFT}: OCPP 1.6 {@code Soft} (stop transactions gracefully, restart the software) and OCPP 2.0.1
 * {@code OnIdle} (restart once no transaction runs);</li>
 * <li>{@link #HARD}: OCPP 1.6 {@code Hard} (restart now, hardware included) and OCPP 2.0.1 {@code Immediate}
 * (stop transactions now, then restart).</li>
 * </ul>
 * Input accepts the version literals as synonyms ({@code Soft}, {@code OnIdle}, {@code ON_IDLE}; {@code Hard},
 * {@code Immediate}), so an operator can use whichever vocabulary they know.
 */
public enum ResetKind {
    SOFT, HARD;

    @JsonCreator
    public static ResetKind parse(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.trim().replace("_", "").toLowerCase(Locale.ROOT)) {
            case "soft", "onidle" -> SOFT;
            case "hard", "immediate" -> HARD;
            default -> throw new InvalidCommandException("Unknown reset kind " + text
                    + "; use SOFT (1.6 Soft, 2.0.1 OnIdle) or HARD (1.6 Hard, 2.0.1 Immediate)");
        };
    }
}
