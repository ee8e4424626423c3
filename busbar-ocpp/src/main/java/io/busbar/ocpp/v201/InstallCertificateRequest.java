package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code InstallCertificate} request (CSMS to charging station). */
public record InstallCertificateRequest(
        @Required InstallCertificateUse certificateType,
        @Required @MaxLength(5500) String certificate) {
}
