package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MinItems;
import io.busbar.ocpp.schema.Required;

import java.util.List;

/** OCPP 2.0.1 {@code GetInstalledCertificateIds} response. */
public record GetInstalledCertificateIdsResponse(
        @Required GetInstalledCertificateStatus status,
        StatusInfo statusInfo,
        @MinItems(1) List<CertificateHashDataChain> certificateHashDataChain) {
}
