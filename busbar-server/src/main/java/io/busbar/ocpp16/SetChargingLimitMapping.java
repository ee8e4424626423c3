package io.busbar.ocpp16;

import io.busbar.commands.CommandStatus;
import io.busbar.commands.InvalidCommandException;
import io.busbar.connectivity.CommandMapping;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.schema.EnumLiterals;
import io.busbar.ocpp.v16.ChargingProfile;
import io.busbar.ocpp.v16.ChargingProfileKindType;
import io.busbar.ocpp.v16.ChargingProfilePurposeType;
import io.busbar.ocpp.v16.ChargingRateUnitType;
import io.busbar.ocpp.v16.ChargingSchedule;
import io.busbar.ocpp.v16.ChargingSchedulePeriod;
import io.busbar.ocpp.v16.Ocpp16;
import io.busbar.ocpp.v16.SetChargingProfileRequest;
import io.busbar.ocpp.v16.SetChargingProfileResponse;
import io.busbar.smartcharging.ChargingRateUnit;
import io.busbar.smartcharging.SetChargingLimit;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * OCPP 1.6 §5.16 SetChargingProfile with a TxProfile on connectorId = EVSE for the transaction Busbar numbered
 * (1.6 transactionId is an integer). One schedule period; Absolute from startSchedule, else Relative.
 */
@Component("ocpp16SetChargingLimitMapping")
class SetChargingLimitMapping implements CommandMapping<SetChargingLimit, CommandStatus, SetChargingProfileRequest,
        SetChargingProfileResponse> {
    @Override
    public Class<SetChargingLimit> command() {
        return SetChargingLimit.class;
    }

    @Override
    public Action<SetChargingProfileRequest, SetChargingProfileResponse> action() {
        return Ocpp16.SET_CHARGING_PROFILE;
    }

    @Override
    public SetChargingProfileRequest request(SetChargingLimit command) {
        int transactionId;
        try {
            transactionId = Integer.parseInt(command.transactionId());
        } catch (NumberFormatException e) {
            throw new InvalidCommandException("An OCPP 1.6 transactionId is an integer, not " + command.transactionId());
        }
        boolean absolute = command.startSchedule() != null;
        ChargingSchedule schedule = new ChargingSchedule(command.durationSeconds(), command.startSchedule(),
                unit(command.unit()),
                List.of(new ChargingSchedulePeriod(0, command.limit(), command.numberPhases())), null);
        ChargingProfile profile = new ChargingProfile(command.profileId(), transactionId, command.stackLevel(),
                ChargingProfilePurposeType.TX_PROFILE,
                absolute ? ChargingProfileKindType.ABSOLUTE : ChargingProfileKindType.RELATIVE, null, null, null,
                schedule);
        return new SetChargingProfileRequest(command.evseId(), profile);
    }

    @Override
    public CommandStatus result(SetChargingProfileResponse response) {
        return CommandStatus.of(EnumLiterals.literal(response.status()));
    }

    static ChargingRateUnitType unit(ChargingRateUnit unit) {
        return unit == ChargingRateUnit.A ? ChargingRateUnitType.A : ChargingRateUnitType.W;
    }
}
