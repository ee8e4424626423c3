package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

/**
 * OCPP 2.0.1 {@code AdditionalInfoType}. Contains a case insensitive identifier to use for the authorization and
 * the type of authorization to support multiple forms of identifiers.
 */
public record AdditionalInfo(
        @Required @MaxLength(36) String additionalIdToken,
        @Required @MaxLength(50) String type) {
}
