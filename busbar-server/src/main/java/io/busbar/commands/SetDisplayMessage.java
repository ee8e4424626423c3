package io.busbar.commands;

import java.time.Instant;

/**
 * Puts a message on the charger's display (OCPP 2.0.1 O01-O06; 1.6 has no display messages). Literals as in
 * 2.0.1: {@code priority} AlwaysFront, InFront or NormalCycle (default); {@code state} Charging, Faulted, Idle,
 * Unavailable or null (any state); {@code format} ASCII, HTML, URI or UTF8 (default). {@code transactionId}
 * limits the message to one transaction, {@code evseId} to the display of one EVSE. Answers Accepted, Rejected,
 * NotSupportedMessageFormat, NotSupportedPriority, NotSupportedState or UnknownTransaction.
 */
public record SetDisplayMessage(int id, String priority, String state, String content, String language,
                                String format, Instant startDateTime, Instant endDateTime, String transactionId,
                                Integer evseId) implements ChargerCommand<CommandStatus> {
    public SetDisplayMessage {
        if (content == null || content.isEmpty()) {
            throw new InvalidCommandException("content is required");
        }
        priority = priority == null ? "NormalCycle" : priority;
        format = format == null ? "UTF8" : format;
        if (startDateTime != null && endDateTime != null && !endDateTime.isAfter(startDateTime)) {
            throw new InvalidCommandException("endDateTime must be after startDateTime");
        }
    }
}
