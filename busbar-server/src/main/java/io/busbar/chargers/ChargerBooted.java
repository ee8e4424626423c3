package io.busbar.chargers;

import java.time.Instant;

/**
 * Event: a charger's BootNotification was accepted (published only for ACCEPTED registrations; a Pending or
 * Rejected charger may not be sent anything). {@code protocol} is the OCPP-J subprotocol it connected with.
 */
public record ChargerBooted(ChargerIdentity charger, String vendor, String model, String firmwareVersion,
                            String protocol, Instant at) {
}
