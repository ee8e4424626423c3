package io.busbar.diagnostics;

import io.busbar.commands.ChargerCommand;

import java.time.Instant;

/**
 * Asks the charger to upload a log to {@code remoteLocation} (OCPP 1.6 §5.8 GetDiagnostics, 2.0.1 N01 GetLog).
 * {@code logType} is {@code DiagnosticsLog} or {@code SecurityLog} (2.0.1 only); {@code requestId} is echoed by
 * 2.0.1 LogStatusNotifications; {@code oldest}/{@code latest} bound the log's time window (1.6 startTime/stopTime).
 */
public record GetLog(String logType, int requestId, String remoteLocation, Instant oldest, Instant latest,
                     Integer retries, Integer retryInterval) implements ChargerCommand<GetLogResult> {
    public static final String DIAGNOSTICS_LOG = "DiagnosticsLog";
    public static final String SECURITY_LOG = "SecurityLog";

    /** The upload link is a one-time credential: the audit log keeps it masked. */
    @Override
    public GetLog forAudit() {
        return new GetLog(logType, requestId, io.busbar.commands.SecretUrls.mask(remoteLocation), oldest, latest,
                retries, retryInterval);
    }
}
