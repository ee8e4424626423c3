package io.busbar.gateway;

/** Decides at the WebSocket upgrade whether a charger may connect (OCPP security profiles 1 and 2). */
public interface ChargerAuthenticator {

    ConnectDecision authenticate(ConnectAttempt attempt);

    /**
     * @param basicPassword the password of an HTTP Basic {@code Authorization} header whose user name equals the
     *                      identity, or null when none was sent. Never log it.
     */
    record ConnectAttempt(String identity, String basicPassword, boolean tls, String remoteAddress) {
        @Override
        public String toString() {
            return "ConnectAttempt[identity=" + identity + ", password=" + (basicPassword == null ? "none" : "***")
                    + ", tls=" + tls + ", remoteAddress=" + remoteAddress + "]";
        }
    }

    enum ConnectDecision {
        ACCEPT,
        /** Answered HTTP 401: wrong or missing credentials. */
        REJECT_UNAUTHORIZED,
        /** Answered HTTP 404: identity unknown and unknown chargers are rejected. */
        REJECT_UNKNOWN
    }
}
