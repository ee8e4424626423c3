package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code HashAlgorithmEnumType}. Used algorithms for the hashes provided. */
public enum HashAlgorithm {
    @JsonProperty("SHA256")
    SHA256,
    @JsonProperty("SHA384")
    SHA384,
    @JsonProperty("SHA512")
    SHA512
}
