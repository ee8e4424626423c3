package io.busbar.ocpp201;

import io.busbar.chargers.ChargerNotification;
import io.busbar.connectivity.NotificationRecorder;
import io.busbar.gateway.ChargerContext;
import io.busbar.gateway.InboundHandler;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.ACChargingParameters;
import io.busbar.ocpp.v201.ChargingNeeds;
import io.busbar.ocpp.v201.DCChargingParameters;
import io.busbar.ocpp.v201.NotifyEVChargingNeedsRequest;
import io.busbar.ocpp.v201.NotifyEVChargingNeedsResponse;
import io.busbar.ocpp.v201.NotifyEVChargingNeedsStatus;
import io.busbar.ocpp.v201.Ocpp201;
import io.busbar.ocpp.v201.StatusInfo;
import io.busbar.smartcharging.ChargingNeedsReports;
import io.busbar.smartcharging.EvChargingNeeds;
import org.springframework.stereotype.Component;

/**
 * K15 (ISO 15118 charging): the EV's needs (energy, current range, departure) go to load management, which answers
 * with a TxProfile for the transaction. Accepted when Busbar manages the EVSE's load (a schedule follows), Rejected
 * otherwise. The notification is also kept, as before, for operators.
 */
@Component("ocpp201ChargingNeeds")
class NotifyEvChargingNeedsHandler implements InboundHandler<NotifyEVChargingNeedsRequest, NotifyEVChargingNeedsResponse> {
    private final ChargingNeedsReports needs;
    private final NotificationRecorder recorder;

    NotifyEvChargingNeedsHandler(ChargingNeedsReports needs, NotificationRecorder recorder) {
        this.needs = needs;
        this.recorder = recorder;
    }

    @Override
    public Action<NotifyEVChargingNeedsRequest, NotifyEVChargingNeedsResponse> action() {
        return Ocpp201.NOTIFY_EV_CHARGING_NEEDS;
    }

    @Override
    public NotifyEVChargingNeedsResponse handle(ChargerContext charger, NotifyEVChargingNeedsRequest request) {
        recorder.record(charger, ChargerNotification.Type.CHARGING_NEEDS, null, request);
        boolean managed = needs.report(Ocpp201Mapping.identity(charger), request.evseId(),
                neutral(request.chargingNeeds()));
        return managed ? new NotifyEVChargingNeedsResponse(NotifyEVChargingNeedsStatus.ACCEPTED, null)
                : new NotifyEVChargingNeedsResponse(NotifyEVChargingNeedsStatus.REJECTED,
                new StatusInfo("NoLoadManagement", "Busbar does not manage this EVSE's load"));
    }

    static EvChargingNeeds neutral(ChargingNeeds needs) {
        Integer phases = switch (needs.requestedEnergyTransfer()) {
            case AC_SINGLE_PHASE -> 1;
            case AC_THREE_PHASE -> 3;
            default -> null;
        };
        ACChargingParameters ac = needs.acChargingParameters();
        DCChargingParameters dc = needs.dcChargingParameters();
        if (ac != null) {
            return new EvChargingNeeds(ac.energyAmount() == null ? null : ac.energyAmount().longValue(),
                    ac.evMinCurrent(), ac.evMaxCurrent(), phases, needs.departureTime());
        }
        // DC currents are the battery side: not comparable to the AC line currents the allocator limits.
        return new EvChargingNeeds(dc == null || dc.energyAmount() == null ? null : dc.energyAmount().longValue(),
                null, null, phases, needs.departureTime());
    }
}
