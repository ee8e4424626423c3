package io.busbar.ocpp201;

import io.busbar.commands.CommandStatus;
import io.busbar.connectivity.CommandMapping;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.ChargingProfile;
import io.busbar.ocpp.v201.ChargingProfileKind;
import io.busbar.ocpp.v201.ChargingProfilePurpose;
import io.busbar.ocpp.v201.ChargingRateUnit;
import io.busbar.ocpp.v201.ChargingSchedule;
import io.busbar.ocpp.v201.ChargingSchedulePeriod;
import io.busbar.ocpp.v201.Ocpp201;
import io.busbar.ocpp.v201.SetChargingProfileRequest;
import io.busbar.ocpp.v201.SetChargingProfileResponse;
import io.busbar.smartcharging.SetChargingLimit;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * OCPP 2.0.1 K01 SetChargingProfile, purpose TxProfile on the EVSE for the charger's transactionId (required for a
 * TxProfile). Absolute needs a startSchedule (K01.FR.40), Relative has none (K01.FR.41).
 */
@Component("ocpp201SetChargingLimitMapping")
class SetChargingLimitMapping implements CommandMapping<SetChargingLimit, CommandStatus, SetChargingProfileRequest,
        SetChargingProfileResponse> {
    @Override
    public Class<SetChargingLimit> command() {
        return SetChargingLimit.class;
    }

    @Override
    public Action<SetChargingProfileRequest, SetChargingProfileResponse> action() {
        return Ocpp201.SET_CHARGING_PROFILE;
    }

    @Override
    public SetChargingProfileRequest request(SetChargingLimit command) {
        boolean absolute = command.startSchedule() != null;
        ChargingSchedule schedule = new ChargingSchedule(command.profileId(), command.startSchedule(),
                command.durationSeconds(), unit(command.unit()),
                List.of(new ChargingSchedulePeriod(0, command.limit(), command.numberPhases(), null)), null, null);
        ChargingProfile profile = new ChargingProfile(command.profileId(), command.stackLevel(),
                ChargingProfilePurpose.TX_PROFILE, absolute ? ChargingProfileKind.ABSOLUTE : ChargingProfileKind.RELATIVE,
                null, null, null, List.of(schedule), command.transactionId());
        return new SetChargingProfileRequest(command.evseId(), profile);
    }

    @Override
    public CommandStatus result(SetChargingProfileResponse response) {
        return Ocpp201Mapping.status(Ocpp201Mapping.literal(response.status()), response.statusInfo());
    }

    static ChargingRateUnit unit(io.busbar.smartcharging.ChargingRateUnit unit) {
        return unit == io.busbar.smartcharging.ChargingRateUnit.A ? ChargingRateUnit.A : ChargingRateUnit.W;
    }
}
