package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code DataTransferStatusEnumType}. This indicates the success or failure of the data transfer. */
public enum DataTransferStatus {
    @JsonProperty("Accepted")
    ACCEPTED,
    @JsonProperty("Rejected")
    REJECTED,
    @JsonProperty("UnknownMessageId")
    UNKNOWN_MESSAGE_ID,
    @JsonProperty("UnknownVendorId")
    UNKNOWN_VENDOR_ID
}
