package io.busbar.ocpp201;

import io.busbar.commands.CommandStatus;
import io.busbar.connectivity.CommandMapping;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.ChargingProfile;
import io.busbar.ocpp.v201.ChargingProfileKind;
import io.busbar.ocpp.v201.ChargingProfilePurpose;
import io.busbar.ocpp.v201.ChargingSchedule;
import io.busbar.ocpp.v201.ChargingSchedulePeriod;
import io.busbar.ocpp.v201.Ocpp201;
import io.busbar.ocpp.v201.SetChargingProfileRequest;
import io.busbar.ocpp.v201.SetChargingProfileResponse;
import io.busbar.smartcharging.SetFailSafeLimit;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * OCPP 2.0.1 K01: a TxDefaultProfile on evseId 0 applies to every EVSE of the station; Relative, no duration, so
 * it holds while the CSMS is unreachable and is what a transaction falls back to when its TxProfile expires.
 */
@Component("ocpp201SetFailSafeLimitMapping")
class SetFailSafeLimitMapping implements CommandMapping<SetFailSafeLimit, CommandStatus, SetChargingProfileRequest,
        SetChargingProfileResponse> {
    @Override
    public Class<SetFailSafeLimit> command() {
        return SetFailSafeLimit.class;
    }

    @Override
    public Action<SetChargingProfileRequest, SetChargingProfileResponse> action() {
        return Ocpp201.SET_CHARGING_PROFILE;
    }

    @Override
    public SetChargingProfileRequest request(SetFailSafeLimit command) {
        boolean absolute = command.startSchedule() != null;
        ChargingSchedule schedule = new ChargingSchedule(command.profileId(), command.startSchedule(),
                command.durationSeconds(), SetChargingLimitMapping.unit(command.unit()),
                List.of(new ChargingSchedulePeriod(0, command.limit(), command.numberPhases(), null)), null, null);
        return new SetChargingProfileRequest(0, new ChargingProfile(command.profileId(), command.stackLevel(),
                ChargingProfilePurpose.TX_DEFAULT_PROFILE,
                absolute ? ChargingProfileKind.ABSOLUTE : ChargingProfileKind.RELATIVE, null, null, null,
                List.of(schedule), null));
    }

    @Override
    public CommandStatus result(SetChargingProfileResponse response) {
        return Ocpp201Mapping.status(Ocpp201Mapping.literal(response.status()), response.statusInfo());
    }
}
