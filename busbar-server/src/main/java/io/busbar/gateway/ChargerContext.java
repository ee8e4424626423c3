package io.busbar.gateway;

import io.busbar.ocpp.rpc.OcppVersion;

import java.time.Instant;

/** What the gateway knows of one live connection; handed to every inbound handler. */
public interface ChargerContext {
    /** The charge point identity from the URL path {@code /ocpp/{identity}}. */
    String identity();

    OcppVersion version();

    String remoteAddress();

    Instant connectedAt();

    /** True when the connection arrived over TLS (security profile 2 or 3). */
    boolean secure();
}
