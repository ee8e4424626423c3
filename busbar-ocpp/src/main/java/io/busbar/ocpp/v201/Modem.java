package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;

/**
 * OCPP 2.0.1 {@code ModemType}. Defines parameters required for initiating and maintaining wireless
 * communication with other devices.
 */
public record Modem(
        @MaxLength(20) String iccid,
        @MaxLength(20) String imsi) {
}
