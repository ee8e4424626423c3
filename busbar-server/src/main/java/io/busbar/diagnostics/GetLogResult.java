package io.busbar.diagnostics;

/**
 * The charger's answer to {@link GetLog}: {@code status} as sent by a 2.0.1 station (Accepted, Rejected,
 * AcceptedCanceled) or {@code Accepted} for a 1.6 charger (GetDiagnostics.conf has no status), and the name of
 * the file it will upload (null: a 1.6 charger has no diagnostics to send).
 */
public record GetLogResult(String status, String filename, String reasonCode, String additionalInfo) {
    public boolean accepted() {
        return "Accepted".equals(status) || "AcceptedCanceled".equals(status);
    }
}
