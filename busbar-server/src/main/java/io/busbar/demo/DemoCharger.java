package io.busbar.demo;

import io.busbar.ocpp.rpc.OcppVersion;

import java.util.Objects;

/**
 * One simulated charger of the demo fleet as set up in the registry: its identity, protocol version, the
 * Basic-auth password it connects with (held in memory only, never logged) and the card its drivers present.
 */
record DemoCharger(String identity, OcppVersion version, String password, String card) {
    DemoCharger {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(card, "card");
    }

    @Override
    public String toString() {
        return "DemoCharger[identity=" + identity + ", version=" + version.subprotocol() + ", password=***, card="
                + card + "]";
    }
}
