package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code UnlockStatusEnumType}. This indicates whether the Charging Station has unlocked the
 * connector.
 */
public enum UnlockStatus {
    @JsonProperty("Unlocked")
    UNLOCKED,
    @JsonProperty("UnlockFailed")
    UNLOCK_FAILED,
    @JsonProperty("OngoingAuthorizedTransaction")
    ONGOING_AUTHORIZED_TRANSACTION,
    @JsonProperty("UnknownConnector")
    UNKNOWN_CONNECTOR
}
