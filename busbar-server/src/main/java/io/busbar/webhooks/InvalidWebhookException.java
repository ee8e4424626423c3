package io.busbar.webhooks;

/** A subscription that cannot be accepted; {@link #field()} names the offending input. */
public class InvalidWebhookException extends IllegalArgumentException {
    private final String field;

    public InvalidWebhookException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
