package io.busbar.chargers;

import java.time.Instant;

/** Event: a charger connected. */
public record ChargerWentOnline(ChargerIdentity charger, Instant at) {
}
