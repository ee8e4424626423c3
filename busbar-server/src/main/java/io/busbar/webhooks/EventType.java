package io.busbar.webhooks;

import java.util.Arrays;
import java.util.Optional;

/** The events a webhook can subscribe to, by their published literal (e.g. {@code session.started}). */
public enum EventType {
    CHARGER_ONLINE("charger.online"),
    CHARGER_OFFLINE("charger.offline"),
    /** A connector's status changed (Available, Charging, Faulted...). */
    CHARGER_STATUS("charger.status"),
    SESSION_STARTED("session.started"),
    /** Live progress of a session, at most one per session per {@code busbar.webhooks.session-update-interval}. */
    SESSION_UPDATED("session.updated"),
    SESSION_ENDED("session.ended"),
    CDR_ISSUED("cdr.issued"),
    ALERT_RAISED("alert.raised"),
    FAULT_OPENED("fault.opened"),
    FAULT_CLOSED("fault.closed"),
    /** Sent by the test operation only; not subscribable. */
    WEBHOOK_PING("webhook.ping");

    private final String literal;

    EventType(String literal) {
        this.literal = literal;
    }

    public String literal() {
        return literal;
    }

    /** Whether a subscription may name it (the ping goes to the one subscription being tested, always). */
    public boolean subscribable() {
        return this != WEBHOOK_PING;
    }

    public static Optional<EventType> ofLiteral(String literal) {
        return Arrays.stream(values()).filter(type -> type.literal.equals(literal)).findFirst();
    }
}
