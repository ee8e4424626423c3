package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.MinItems;
import io.busbar.ocpp.schema.Required;

import java.time.Instant;
import java.util.List;

/**
 * OCPP 2.0.1 {@code IdTokenInfoType}. Contains status information about an identifier. It is advised to not stop
 * charging for a token that expires during charging, as ExpiryDate is only used for caching purposes. If
 * ExpiryDate is not given, the status has no end date.
 */
public record IdTokenInfo(
        @Required AuthorizationStatus status,
        Instant cacheExpiryDateTime,
        Integer chargingPriority,
        @MaxLength(8) String language1,
        @MinItems(1) List<Integer> evseId,
        IdToken groupIdToken,
        @MaxLength(8) String language2,
        MessageContent personalMessage) {
}
