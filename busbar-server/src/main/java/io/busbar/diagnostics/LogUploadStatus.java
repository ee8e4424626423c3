package io.busbar.diagnostics;

/**
 * Where a log upload request stands: REQUESTED, ACCEPTED, REJECTED and NOT_SENT come from sending GetLog /
 * GetDiagnostics; the rest are the charger's LogStatusNotification (2.0.1) or DiagnosticsStatusNotification (1.6:
 * Uploading, Uploaded, UploadFailed) literals; CANCELED means a later request replaced this one (AcceptedCanceled).
 * Whether a file actually arrived is told by the request's files, not by this status.
 */
public enum LogUploadStatus {
    REQUESTED, ACCEPTED, REJECTED, NOT_SENT, UPLOADING, UPLOADED, UPLOAD_FAILED, BAD_MESSAGE, NOT_SUPPORTED_OPERATION,
    PERMISSION_DENIED, CANCELED;

    /** No more news is expected. */
    public boolean finished() {
        return switch (this) {
            case REQUESTED, ACCEPTED, UPLOADING -> false;
            default -> true;
        };
    }
}
