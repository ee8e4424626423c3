package io.busbar.diagnostics;

import io.busbar.chargers.ChargerIdentity;

import java.time.Instant;

/** A log file a charger uploaded for a {@link LogUpload}. */
public record LogFile(LogFileId id, LogUploadId uploadId, ChargerIdentity charger, String filename,
                      String contentType, long sizeBytes, String sha256, Instant receivedAt) {
}
