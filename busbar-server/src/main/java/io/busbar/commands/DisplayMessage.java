package io.busbar.commands;

import java.time.Instant;

/**
 * A message a charger shows (or will show) on its display, as it reported it (OCPP 2.0.1 MessageInfoType);
 * literals as in 2.0.1 (see {@link SetDisplayMessage}). {@code evseId} is the EVSE whose display shows it, null for
 * the charger's main display.
 */
public record DisplayMessage(int id, String priority, String state, String format, String language, String content,
                             Instant startDateTime, Instant endDateTime, String transactionId, Integer evseId) {
}
