package io.busbar.diagnostics;

import java.time.Instant;

/**
 * A firmware file kept by Busbar. {@code version} is what a charger reports in BootNotification once it runs
 * this image (when known, a finished update is checked against it); vendor and model say which chargers it is for.
 */
public record FirmwareImage(FirmwareImageId id, String name, String version, String vendor, String model,
                            String filename, long sizeBytes, String sha256, Instant uploadedAt) {
}
