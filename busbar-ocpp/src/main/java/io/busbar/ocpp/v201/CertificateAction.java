package io.busbar.ocpp.v201;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 {@code CertificateActionEnumType}. Defines whether certificate needs to be installed or updated. */
public enum CertificateAction {
    @JsonProperty("Install")
    INSTALL,
    @JsonProperty("Update")
    UPDATE
}
