package io.busbar.ocpp16;

import io.busbar.commands.CommandStatus;
import io.busbar.connectivity.CommandMapping;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.schema.EnumLiterals;
import io.busbar.ocpp.v16.ChargingProfilePurposeType;
import io.busbar.ocpp.v16.ClearChargingProfileRequest;
import io.busbar.ocpp.v16.ClearChargingProfileResponse;
import io.busbar.ocpp.v16.Ocpp16;
import io.busbar.smartcharging.ClearChargingLimit;
import org.springframework.stereotype.Component;

/** OCPP 1.6 §5.5 ClearChargingProfile: by id, or by connectorId / purpose / stackLevel. */
@Component("ocpp16ClearChargingLimitMapping")
class ClearChargingLimitMapping implements CommandMapping<ClearChargingLimit, CommandStatus,
        ClearChargingProfileRequest, ClearChargingProfileResponse> {
    @Override
    public Class<ClearChargingLimit> command() {
        return ClearChargingLimit.class;
    }

    @Override
    public Action<ClearChargingProfileRequest, ClearChargingProfileResponse> action() {
        return Ocpp16.CLEAR_CHARGING_PROFILE;
    }

    @Override
    public ClearChargingProfileRequest request(ClearChargingLimit command) {
        ChargingProfilePurposeType purpose = command.purpose() == null ? null : switch (command.purpose()) {
            case TX_PROFILE -> ChargingProfilePurposeType.TX_PROFILE;
            case TX_DEFAULT_PROFILE -> ChargingProfilePurposeType.TX_DEFAULT_PROFILE;
            case CHARGER_MAX -> ChargingProfilePurposeType.CHARGE_POINT_MAX_PROFILE;
        };
        return new ClearChargingProfileRequest(command.profileId(), command.evseId(), purpose, command.stackLevel());
    }

    @Override
    public CommandStatus result(ClearChargingProfileResponse response) {
        return CommandStatus.of(EnumLiterals.literal(response.status()));
    }
}
