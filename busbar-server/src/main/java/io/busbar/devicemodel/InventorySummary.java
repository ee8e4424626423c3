package io.busbar.devicemodel;

import io.busbar.chargers.ChargerIdentity;

import java.time.Instant;

/**
 * What Busbar knows of a charger's settings as a whole. {@code reportedAt} is null until a first inventory arrived;
 * {@code pendingReboot} is set when a change was answered RebootRequired and cleared when the charger boots;
 * {@code refreshRequestId} is the 2.0.1 report Busbar still waits for (null when none).
 */
public record InventorySummary(ChargerIdentity charger, Instant reportedAt, int settings, boolean pendingReboot,
                               Instant pendingRebootSince, Integer refreshRequestId, Instant refreshRequestedAt) {
}
