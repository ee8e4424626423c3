package io.busbar.ocpp16;

import io.busbar.commands.CommandStatus;
import io.busbar.connectivity.CommandMapping;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.schema.EnumLiterals;
import io.busbar.ocpp.v16.ChargingProfile;
import io.busbar.ocpp.v16.ChargingProfileKindType;
import io.busbar.ocpp.v16.ChargingProfilePurposeType;
import io.busbar.ocpp.v16.ChargingSchedule;
import io.busbar.ocpp.v16.ChargingSchedulePeriod;
import io.busbar.ocpp.v16.Ocpp16;
import io.busbar.ocpp.v16.SetChargingProfileRequest;
import io.busbar.ocpp.v16.SetChargingProfileResponse;
import io.busbar.smartcharging.SetFailSafeLimit;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * OCPP 1.6 §3.13.2: a TxDefaultProfile on connectorId 0 applies to every connector (each transaction starts with
 * it, and falls back to it once its TxProfile ends). Relative without duration: it holds indefinitely.
 */
@Component("ocpp16SetFailSafeLimitMapping")
class SetFailSafeLimitMapping implements CommandMapping<SetFailSafeLimit, CommandStatus, SetChargingProfileRequest,
        SetChargingProfileResponse> {
    @Override
    public Class<SetFailSafeLimit> command() {
        return SetFailSafeLimit.class;
    }

    @Override
    public Action<SetChargingProfileRequest, SetChargingProfileResponse> action() {
        return Ocpp16.SET_CHARGING_PROFILE;
    }

    @Override
    public SetChargingProfileRequest request(SetFailSafeLimit command) {
        boolean absolute = command.startSchedule() != null;
        ChargingSchedule schedule = new ChargingSchedule(command.durationSeconds(), command.startSchedule(),
                SetChargingLimitMapping.unit(command.unit()),
                List.of(new ChargingSchedulePeriod(0, command.limit(), command.numberPhases())), null);
        return new SetChargingProfileRequest(0, new ChargingProfile(command.profileId(), null, command.stackLevel(),
                ChargingProfilePurposeType.TX_DEFAULT_PROFILE,
                absolute ? ChargingProfileKindType.ABSOLUTE : ChargingProfileKindType.RELATIVE, null, null, null,
                schedule));
    }

    @Override
    public CommandStatus result(SetChargingProfileResponse response) {
        return CommandStatus.of(EnumLiterals.literal(response.status()));
    }
}
