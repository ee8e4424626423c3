package io.busbar.ocpp16;

import io.busbar.chargers.BootDecision;
import io.busbar.chargers.ChargerBoots;
import io.busbar.chargers.ChargerDescription;
import io.busbar.gateway.ChargerContext;
import io.busbar.gateway.InboundHandler;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v16.BootNotificationRequest;
import io.busbar.ocpp.v16.BootNotificationResponse;
import io.busbar.ocpp.v16.Ocpp16;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** OCPP 1.6 §4.2: stores what the charge point says about itself; Accepted, Pending or Rejected. */
@Component("ocpp16BootNotification")
class BootNotificationHandler implements InboundHandler<BootNotificationRequest, BootNotificationResponse> {
    private final ChargerBoots boots;
    private final Clock clock;

    BootNotificationHandler(ChargerBoots boots, Clock clock) {
        this.boots = boots;
        this.clock = clock;
    }

    @Override
    public Action<BootNotificationRequest, BootNotificationResponse> action() {
        return Ocpp16.BOOT_NOTIFICATION;
    }

    @Override
    public BootNotificationResponse handle(ChargerContext charger, BootNotificationRequest request) {
        // chargeBoxSerialNumber is deprecated in 1.6 in favour of chargePointSerialNumber; keep whichever came.
        String serial = request.chargePointSerialNumber() != null ? request.chargePointSerialNumber()
                : request.chargeBoxSerialNumber();
        BootDecision decision = boots.boot(Ocpp16Mapping.identity(charger),
                new ChargerDescription(request.chargePointVendor(), request.chargePointModel(), serial,
                        request.firmwareVersion(), request.iccid(), request.imsi(), request.meterType(),
                        request.meterSerialNumber()),
                charger.version().subprotocol(), clock.instant());
        return new BootNotificationResponse(Ocpp16Mapping.registration(decision.status()), clock.instant(),
                (int) decision.heartbeatInterval().toSeconds());
    }
}
