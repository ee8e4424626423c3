package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code VPNType}. VPN VPN Configuration settings */
public record Vpn(
        @Required @MaxLength(512) String server,
        @Required @MaxLength(20) String user,
        @MaxLength(20) String group,
        @Required @MaxLength(20) String password,
        @Required @MaxLength(255) String key,
        @Required VpnType type) {
}
