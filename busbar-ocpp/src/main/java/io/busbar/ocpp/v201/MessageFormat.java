package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code MessageFormatEnumType}. Format of the message. */
public enum MessageFormat {
    @JsonProperty("ASCII")
    ASCII,
    @JsonProperty("HTML")
    HTML,
    @JsonProperty("URI")
    URI,
    @JsonProperty("UTF8")
    UTF8
}
