package io.busbar.chargers;

import java.time.Instant;

/** Event: a charger's connection ended. */
public record ChargerWentOffline(ChargerIdentity charger, String reason, Instant at) {
}
