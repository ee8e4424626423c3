package io.busbar.gateway;

/** What the upgrade request established, carried from the handshake into the WebSocket session. */
record HandshakeInfo(String identity, boolean secure, String remoteAddress) {
    static final String ATTRIBUTE = HandshakeInfo.class.getName();
}
