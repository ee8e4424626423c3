package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

/**
 * OCPP 2.0.1 {@code NetworkConnectionProfileType}. The NetworkConnectionProfile defines the functional and
 * technical parameters of a communication link.
 */
public record NetworkConnectionProfile(
        Apn apn,
        @Required OcppProtocolVersion ocppVersion,
        @Required OcppTransport ocppTransport,
        @Required @MaxLength(512) String ocppCsmsUrl,
        @Required Integer messageTimeout,
        @Required Integer securityProfile,
        @Required OcppInterface ocppInterface,
        Vpn vpn) {
}
