package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code GetCertificateStatus} request (charging station to CSMS). */
public record GetCertificateStatusRequest(
        @Required OCSPRequestData ocspRequestData) {
}
