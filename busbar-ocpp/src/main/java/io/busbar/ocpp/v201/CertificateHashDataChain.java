package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxItems;
import io.busbar.ocpp.schema.MinItems;
import io.busbar.ocpp.schema.Required;

import java.util.List;

/** OCPP 2.0.1 {@code CertificateHashDataChainType}. */
public record CertificateHashDataChain(
        @Required CertificateHashData certificateHashData,
        @Required GetCertificateIdUse certificateType,
        @MinItems(1) @MaxItems(4) List<CertificateHashData> childCertificateHashData) {
}
