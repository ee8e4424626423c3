package io.busbar.diagnostics;

/** Which log to upload; the literals are 2.0.1's LogEnumType. 1.6 GetDiagnostics knows only the diagnostics log. */
public enum LogType {
    DIAGNOSTICS_LOG(GetLog.DIAGNOSTICS_LOG), SECURITY_LOG(GetLog.SECURITY_LOG);

    private final String literal;

    LogType(String literal) {
        this.literal = literal;
    }

    public String literal() {
        return literal;
    }
}
