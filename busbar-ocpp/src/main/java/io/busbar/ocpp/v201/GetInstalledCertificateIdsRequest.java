package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MinItems;

import java.util.List;

/** OCPP 2.0.1 {@code GetInstalledCertificateIds} request (CSMS to charging station). */
public record GetInstalledCertificateIdsRequest(
        @MinItems(1) List<GetCertificateIdUse> certificateType) {
}
