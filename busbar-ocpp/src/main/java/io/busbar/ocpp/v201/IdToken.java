package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.MinItems;
import io.busbar.ocpp.schema.Required;

import java.util.List;

/**
 * OCPP 2.0.1 {@code IdTokenType}. Contains a case insensitive identifier to use for the authorization and the
 * type of authorization to support multiple forms of identifiers.
 */
public record IdToken(
        @MinItems(1) List<AdditionalInfo> additionalInfo,
        @Required @MaxLength(36) String idToken,
        @Required IdTokenType type) {
}
