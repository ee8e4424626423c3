package io.busbar.ocpp.v201;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

import java.time.Instant;

/** OCPP 2.0.1 {@code EventDataType}. Class to report an event notification for a component-variable. */
public record EventData(
        @Required Integer eventId,
        @Required Instant timestamp,
        @Required EventTrigger trigger,
        Integer cause,
        @Required @MaxLength(2500) String actualValue,
        @MaxLength(50) String techCode,
        @MaxLength(500) String techInfo,
        Boolean cleared,
        @MaxLength(36) String transactionId,
        @Required Component component,
        Integer variableMonitoringId,
        @Required EventNotification eventNotificationType,
        @Required Variable variable) {
}
