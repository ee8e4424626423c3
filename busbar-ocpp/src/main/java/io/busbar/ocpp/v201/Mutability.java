package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 {@code MutabilityEnumType}. Defines the mutability of this attribute. Default is ReadWrite when
 * omitted.
 */
public enum Mutability {
    @JsonProperty("ReadOnly")
    READ_ONLY,
    @JsonProperty("WriteOnly")
    WRITE_ONLY,
    @JsonProperty("ReadWrite")
    READ_WRITE
}
