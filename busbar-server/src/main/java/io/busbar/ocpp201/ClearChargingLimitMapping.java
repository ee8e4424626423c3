package io.busbar.ocpp201;

import io.busbar.commands.CommandStatus;
import io.busbar.connectivity.CommandMapping;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.ChargingProfilePurpose;
import io.busbar.ocpp.v201.ClearChargingProfile;
import io.busbar.ocpp.v201.ClearChargingProfileRequest;
import io.busbar.ocpp.v201.ClearChargingProfileResponse;
import io.busbar.ocpp.v201.Ocpp201;
import io.busbar.smartcharging.ClearChargingLimit;
import org.springframework.stereotype.Component;

/** OCPP 2.0.1 K10 ClearChargingProfile: by chargingProfileId, else by chargingProfileCriteria. */
@Component("ocpp201ClearChargingLimitMapping")
class ClearChargingLimitMapping implements CommandMapping<ClearChargingLimit, CommandStatus,
        ClearChargingProfileRequest, ClearChargingProfileResponse> {
    @Override
    public Class<ClearChargingLimit> command() {
        return ClearChargingLimit.class;
    }

    @Override
    public Action<ClearChargingProfileRequest, ClearChargingProfileResponse> action() {
        return Ocpp201.CLEAR_CHARGING_PROFILE;
    }

    @Override
    public ClearChargingProfileRequest request(ClearChargingLimit command) {
        ChargingProfilePurpose purpose = command.purpose() == null ? null : switch (command.purpose()) {
            case TX_PROFILE -> ChargingProfilePurpose.TX_PROFILE;
            case TX_DEFAULT_PROFILE -> ChargingProfilePurpose.TX_DEFAULT_PROFILE;
            case CHARGER_MAX -> ChargingProfilePurpose.CHARGING_STATION_MAX_PROFILE;
        };
        boolean criteria = command.evseId() != null || purpose != null || command.stackLevel() != null;
        return new ClearChargingProfileRequest(command.profileId(),
                criteria ? new ClearChargingProfile(command.evseId(), purpose, command.stackLevel()) : null);
    }

    @Override
    public CommandStatus result(ClearChargingProfileResponse response) {
        return Ocpp201Mapping.status(Ocpp201Mapping.literal(response.status()), response.statusInfo());
    }
}
