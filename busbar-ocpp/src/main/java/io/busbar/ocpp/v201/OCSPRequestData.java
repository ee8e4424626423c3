package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code OCSPRequestDataType}. */
public record OCSPRequestData(
        @Required HashAlgorithm hashAlgorithm,
        @Required @MaxLength(128) String issuerNameHash,
        @Required @MaxLength(128) String issuerKeyHash,
        @Required @MaxLength(40) String serialNumber,
        @Required @MaxLength(512) String responderURL) {
}
