package io.busbar.gateway;

import java.time.Duration;

public class CallTimeoutException extends RuntimeException {
    public CallTimeoutException(String identity, String action, Duration timeout) {
        super("Charger " + identity + " did not answer " + action + " within " + timeout.toSeconds() + " s");
    }
}
