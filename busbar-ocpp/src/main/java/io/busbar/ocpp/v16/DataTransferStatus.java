package io.busbar.ocpp.v16;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Answer to a DataTransfer. */
public enum DataTransferStatus {
    @JsonProperty("Accepted") ACCEPTED,
    @JsonProperty("Rejected") REJECTED,
    @JsonProperty("UnknownMessageId") UNKNOWN_MESSAGE_ID,
    @JsonProperty("UnknownVendorId") UNKNOWN_VENDOR_ID
}
