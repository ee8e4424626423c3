package io.busbar.alerts;

public class InvalidAlertRuleException extends RuntimeException {
    private final String field;

    public InvalidAlertRuleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
