package io.busbar.ocpp201;

import io.busbar.commands.CompositeScheduleResult;
import io.busbar.commands.GetCompositeSchedule;
import io.busbar.connectivity.CommandMapping;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.ChargingRateUnit;
import io.busbar.ocpp.v201.CompositeSchedule;
import io.busbar.ocpp.v201.GetCompositeScheduleRequest;
import io.busbar.ocpp.v201.GetCompositeScheduleResponse;
import io.busbar.ocpp.v201.Ocpp201;
import org.springframework.stereotype.Component;

/** OCPP 2.0.1 K08 GetCompositeSchedule; evseId 0 is the grid connection of the whole station. */
@Component("ocpp201GetCompositeScheduleMapping")
class GetCompositeScheduleMapping implements CommandMapping<GetCompositeSchedule, CompositeScheduleResult,
        GetCompositeScheduleRequest, GetCompositeScheduleResponse> {
    @Override
    public Class<GetCompositeSchedule> command() {
        return GetCompositeSchedule.class;
    }

    @Override
    public Action<GetCompositeScheduleRequest, GetCompositeScheduleResponse> action() {
        return Ocpp201.GET_COMPOSITE_SCHEDULE;
    }

    @Override
    public GetCompositeScheduleRequest request(GetCompositeSchedule command) {
        ChargingRateUnit unit = command.chargingRateUnit() == null ? null
                : ChargingRateUnit.valueOf(command.chargingRateUnit());
        return new GetCompositeScheduleRequest(command.durationSeconds(), unit, command.evseId());
    }

    @Override
    public CompositeScheduleResult result(GetCompositeScheduleResponse response) {
        CompositeSchedule schedule = response.schedule();
        CompositeScheduleResult.Schedule neutral = schedule == null ? null : new CompositeScheduleResult.Schedule(
                schedule.evseId(), schedule.scheduleStart(), schedule.duration(),
                Ocpp201Mapping.literal(schedule.chargingRateUnit()),
                schedule.chargingSchedulePeriod().stream().map(p -> new CompositeScheduleResult.Period(
                        p.startPeriod(), p.limit(), p.numberPhases())).toList());
        var info = response.statusInfo();
        return new CompositeScheduleResult(Ocpp201Mapping.literal(response.status()), neutral,
                info == null ? null : info.reasonCode(), info == null ? null : info.additionalInfo());
    }
}
