package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

/** OCPP 2.0.1 {@code StatusInfoType}. Element providing more information about the status. */
public record StatusInfo(
        @Required @MaxLength(20) String reasonCode,
        @MaxLength(512) String additionalInfo) {
}
