package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.MaxLength;
import io.busbar.ocpp.schema.Required;

/** BootNotification.req (1.6 §6.3): a charge point introduces itself after (re)booting. */
public record BootNotificationRequest(
        @Required @MaxLength(20) String chargePointVendor,
        @Required @MaxLength(20) String chargePointModel,
        @MaxLength(25) String chargePointSerialNumber,
        @MaxLength(25) String chargeBoxSerialNumber,
        @MaxLength(50) String firmwareVersion,
        @MaxLength(20) String iccid,
        @MaxLength(20) String imsi,
        @MaxLength(25) String meterType,
        @MaxLength(25) String meterSerialNumber) {
}
