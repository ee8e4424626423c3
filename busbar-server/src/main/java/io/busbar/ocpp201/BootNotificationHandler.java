package io.busbar.ocpp201;

import io.busbar.chargers.BootDecision;
import io.busbar.chargers.ChargerBoots;
import io.busbar.chargers.ChargerDescription;
import io.busbar.gateway.ChargerContext;
import io.busbar.gateway.InboundHandler;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.BootNotificationRequest;
import io.busbar.ocpp.v201.BootNotificationResponse;
import io.busbar.ocpp.v201.ChargingStation;
import io.busbar.ocpp.v201.Ocpp201;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** B01-B03: stores what the station says about itself and answers Accepted, Pending or Rejected. */
@Component("ocpp201BootNotification")
class BootNotificationHandler implements InboundHandler<BootNotificationRequest, BootNotificationResponse> {
    private final ChargerBoots boots;
    private final Clock clock;

    BootNotificationHandler(ChargerBoots boots, Clock clock) {
        this.boots = boots;
        this.clock = clock;
    }

    @Override
    public Action<BootNotificationRequest, BootNotificationResponse> action() {
        return Ocpp201.BOOT_NOTIFICATION;
    }

    @Override
    public BootNotificationResponse handle(ChargerContext charger, BootNotificationRequest request) {
        ChargingStation station = request.chargingStation();
        String iccid = station.modem() == null ? null : station.modem().iccid();
        String imsi = station.modem() == null ? null : station.modem().imsi();
        BootDecision decision = boots.boot(Ocpp201Mapping.identity(charger),
                new ChargerDescription(station.vendorName(), station.model(), station.serialNumber(),
                        station.firmwareVersion(), iccid, imsi, null, null),
                charger.version().subprotocol(), clock.instant());
        // B02.FR.01/B03: for Pending and Rejected the interval is the wait before the next BootNotification.
        return new BootNotificationResponse(clock.instant(), (int) decision.heartbeatInterval().toSeconds(),
                Ocpp201Mapping.registration(decision.status()), null);
    }
}
