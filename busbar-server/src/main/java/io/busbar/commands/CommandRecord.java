package io.busbar.commands;

import io.busbar.chargers.ChargerIdentity;

import java.time.Instant;
import java.util.Map;

/**
 * One audited command: who sent what to which charger, when, and what came back. {@code failure} is null when
 * the charger answered; then {@code status} is the answer's status literal (e.g. "Accepted", "Rejected",
 * "RebootRequired") when it has one, and {@code answer} the answer's fields as sent.
 */
public record CommandRecord(CommandId id, ChargerIdentity charger, String command, Map<String, Object> arguments,
                            Actor actor, Instant requestedAt, Instant completedAt, CommandFailure failure,
                            String status, Map<String, Object> answer, String error) {
}
