package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

import java.time.Instant;

/** OCPP 2.0.1 {@code NotifyCustomerInformation} request (charging station to CSMS). */
public record NotifyCustomerInformationRequest(
        @Required @MaxLength(512) String data,
        Boolean tbc,
        @Required Integer seqNo,
        @Required Instant generatedAt,
        @Required Integer requestId) {
}
