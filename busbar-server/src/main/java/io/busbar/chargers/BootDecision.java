package io.busbar.chargers;

import java.time.Duration;

/** The answer to a boot: whether the charger may operate and how often it should heartbeat. */
public record BootDecision(RegistrationStatus status, Duration heartbeatInterval) {
}
