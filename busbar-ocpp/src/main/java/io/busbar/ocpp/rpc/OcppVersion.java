package io.busbar.ocpp.rpc;

import java.util.Arrays;
import java.util.Optional;

/** The OCPP-J versions Busbar speaks, named by their WebSocket subprotocol. */
public enum OcppVersion {
    V16("ocpp1.6"),
    V201("ocpp2.0.1");

    private final String subprotocol;

    OcppVersion(String subprotocol) {
        this.subprotocol = subprotocol;
    }

    public String subprotocol() {
        return subprotocol;
    }

    public static Optional<OcppVersion> fromSubprotocol(String name) {
        return Arrays.stream(values()).filter(v -> v.subprotocol.equalsIgnoreCase(name)).findFirst();
    }
}
