package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code ConnectorEnumType}. This field specifies the connector type. */
public enum ConnectorType {
    @JsonProperty("cCCS1")
    C_CCS1,
    @JsonProperty("cCCS2")
    C_CCS2,
    @JsonProperty("cG105")
    C_G105,
    @JsonProperty("cTesla")
    C_TESLA,
    @JsonProperty("cType1")
    C_TYPE1,
    @JsonProperty("cType2")
    C_TYPE2,
    @JsonProperty("s309-1P-16A")
    S309_1P_16A,
    @JsonProperty("s309-1P-32A")
    S309_1P_32A,
    @JsonProperty("s309-3P-16A")
    S309_3P_16A,
    @JsonProperty("s309-3P-32A")
    S309_3P_32A,
    @JsonProperty("sBS1361")
    S_BS1361,
    @JsonProperty("sCEE-7-7")
    S_CEE_7_7,
    @JsonProperty("sType2")
    S_TYPE2,
    @JsonProperty("sType3")
    S_TYPE3,
    @JsonProperty("Other1PhMax16A")
    OTHER1_PH_MAX16A,
    @JsonProperty("Other1PhOver16A")
    OTHER1_PH_OVER16A,
    @JsonProperty("Other3Ph")
    OTHER3_PH,
    @JsonProperty("Pan")
    PAN,
    @JsonProperty("wInductive")
    W_INDUCTIVE,
    @JsonProperty("wResonant")
    W_RESONANT,
    @JsonProperty("Undetermined")
    UNDETERMINED,
    @JsonProperty("Unknown")
    UNKNOWN
}
