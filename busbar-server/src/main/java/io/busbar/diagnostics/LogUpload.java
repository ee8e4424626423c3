package io.busbar.diagnostics;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.commands.CommandId;

import java.time.Instant;
import java.util.List;

/**
 * One request for a charger's log: what was asked ({@code logType}, window), the charger's answer
 * ({@code answerStatus} as sent, {@code filename} it announced), its progress ({@code status}), until when the
 * one-time upload link is valid, and the files received.
 */
public record LogUpload(LogUploadId id, ChargerIdentity charger, int requestId, LogType logType, Instant oldest,
                        Instant latest, LogUploadStatus status, String answerStatus, String filename,
                        CommandId commandId, String requestedBy, Instant requestedAt, Instant updatedAt,
                        Instant uploadLinkExpiresAt, List<LogFile> files) {
}
