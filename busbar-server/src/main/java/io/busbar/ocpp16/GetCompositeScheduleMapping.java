package io.busbar.ocpp16;

import io.busbar.commands.CompositeScheduleResult;
import io.busbar.commands.GetCompositeSchedule;
import io.busbar.connectivity.CommandMapping;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.schema.EnumLiterals;
import io.busbar.ocpp.v16.ChargingRateUnitType;
import io.busbar.ocpp.v16.ChargingSchedule;
import io.busbar.ocpp.v16.GetCompositeScheduleRequest;
import io.busbar.ocpp.v16.GetCompositeScheduleResponse;
import io.busbar.ocpp.v16.Ocpp16;
import org.springframework.stereotype.Component;

/**
 * OCPP 1.6 §5.7 GetCompositeSchedule: EVSE n is connectorId n, 0 the charge point. The schedule starts at
 * scheduleStart (or the schedule's own startSchedule when the charger left scheduleStart out).
 */
@Component("ocpp16GetCompositeScheduleMapping")
class GetCompositeScheduleMapping implements CommandMapping<GetCompositeSchedule, CompositeScheduleResult,
        GetCompositeScheduleRequest, GetCompositeScheduleResponse> {
    @Override
    public Class<GetCompositeSchedule> command() {
        return GetCompositeSchedule.class;
    }

    @Override
    public Action<GetCompositeScheduleRequest, GetCompositeScheduleResponse> action() {
        return Ocpp16.GET_COMPOSITE_SCHEDULE;
    }

    @Override
    public GetCompositeScheduleRequest request(GetCompositeSchedule command) {
        ChargingRateUnitType unit = command.chargingRateUnit() == null ? null
                : ChargingRateUnitType.valueOf(command.chargingRateUnit());
        return new GetCompositeScheduleRequest(command.evseId(), command.durationSeconds(), unit);
    }

    @Override
    public CompositeScheduleResult result(GetCompositeScheduleResponse response) {
        ChargingSchedule schedule = response.chargingSchedule();
        CompositeScheduleResult.Schedule neutral = schedule == null ? null : new CompositeScheduleResult.Schedule(
                response.connectorId() == null ? 0 : response.connectorId(),
                response.scheduleStart() != null ? response.scheduleStart() : schedule.startSchedule(),
                schedule.duration(), EnumLiterals.literal(schedule.chargingRateUnit()),
                schedule.chargingSchedulePeriod().stream().map(p -> new CompositeScheduleResult.Period(
                        p.startPeriod(), p.limit(), p.numberPhases())).toList());
        return new CompositeScheduleResult(EnumLiterals.literal(response.status()), neutral, null, null);
    }
}
