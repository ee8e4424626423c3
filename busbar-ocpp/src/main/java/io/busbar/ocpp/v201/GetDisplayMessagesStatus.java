package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code GetDisplayMessagesStatusEnumType}. Indicates if the Charging Station has Display Messages
 * that match the request criteria in the &lt;&lt;getdisplaymessagesrequest,GetDisplayMessagesRequest&gt;&gt;
 */
public enum GetDisplayMessagesStatus {
    @JsonProperty("Accepted")
    ACCEPTED,
    @JsonProperty("Unknown")
    UNKNOWN
}
