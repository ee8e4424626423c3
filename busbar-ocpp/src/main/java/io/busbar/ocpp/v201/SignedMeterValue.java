package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code SignedMeterValueType}. Represent a signed version of the meter value. */
public record SignedMeterValue(
        @Required @MaxLength(2500) String signedMeterData,
        @Required @MaxLength(50) String signingMethod,
        @Required @MaxLength(50) String encodingMethod,
        @Required @MaxLength(2500) String publicKey) {
}
