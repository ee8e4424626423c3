package io.busbar.diagnostics;

import java.time.Instant;

/**
 * What to install and when: exactly one of {@code imageId} (an image Busbar keeps; the charger downloads it from
 * Busbar) and {@code location} (any URL the charger can reach). A null {@code retrieveAt} means now; the 2.0.1 fields
 * ({@code installAt}, {@code signingCertificate}, {@code signature}) cannot be sent to a 1.6 charger.
 */
public record StartFirmwareUpdate(FirmwareImageId imageId, String location, Instant retrieveAt, Instant installAt,
                                  Integer retries, Integer retryIntervalSeconds, String signingCertificate,
                                  String signature) {
}
