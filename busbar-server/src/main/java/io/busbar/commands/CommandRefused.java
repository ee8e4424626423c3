package io.busbar.commands;

import io.busbar.chargers.ChargerIdentity;

import java.time.Instant;

/**
 * Event: a charger refused an audited command (answered Rejected, Failed, NotSupported...) or failed to answer it
 * (CALLERROR, timeout). Offline chargers and operations its version lacks are not refusals: nothing reached it.
 *
 * @param status  the answer's status literal, null when {@code failure} is set
 * @param failure why no usable answer came, null when the charger answered
 */
public record CommandRefused(CommandId command, ChargerIdentity charger, String name, String status,
                             CommandFailure failure, String detail, Instant at) {
}
