package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code DataEnumType}. Data type of this variable. */
public enum DataType {
    @JsonProperty("string")
    STRING,
    @JsonProperty("decimal")
    DECIMAL,
    @JsonProperty("integer")
    INTEGER,
    @JsonProperty("dateTime")
    DATE_TIME,
    @JsonProperty("boolean")
    BOOLEAN,
    @JsonProperty("OptionList")
    OPTION_LIST,
    @JsonProperty("SequenceList")
    SEQUENCE_LIST,
    @JsonProperty("MemberList")
    MEMBER_LIST
}
