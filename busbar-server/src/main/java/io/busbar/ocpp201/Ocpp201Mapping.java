package io.busbar.ocpp201;

import io.busbar.authorization.AuthorizationResult;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ConnectorStatus;
import io.busbar.chargers.RegistrationStatus;
import io.busbar.gateway.ChargerContext;
import io.busbar.ocpp.schema.EnumLiterals;
import io.busbar.ocpp.v201.AuthorizationStatus;
import io.busbar.ocpp.v201.IdToken;
import io.busbar.ocpp.v201.IdTokenInfo;
import io.busbar.ocpp.v201.IdTokenType;
import io.busbar.ocpp.v201.MeterValue;
import io.busbar.ocpp.v201.SampledValue;
import io.busbar.sessions.MeterReading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Pure mappings between OCPP 2.0.1 types and the version-neutral domain. */
final class Ocpp201Mapping {
    private Ocpp201Mapping() {
    }

    static ChargerIdentity identity(ChargerContext charger) {
        return new ChargerIdentity(charger.identity());
    }

    static String literal(Enum<?> value) {
        return value == null ? null : EnumLiterals.literal(value);
    }

    /** A 2.0.1 status literal with its optional statusInfo as the version-neutral command answer. */
    static io.busbar.commands.CommandStatus status(String status, io.busbar.ocpp.v201.StatusInfo info) {
        return info == null ? io.busbar.commands.CommandStatus.of(status)
                : new io.busbar.commands.CommandStatus(status, info.reasonCode(), info.additionalInfo());
    }

    static io.busbar.ocpp.v201.RegistrationStatus registration(RegistrationStatus status) {
        return switch (status) {
            case ACCEPTED -> io.busbar.ocpp.v201.RegistrationStatus.ACCEPTED;
            case PENDING -> io.busbar.ocpp.v201.RegistrationStatus.PENDING;
            case REJECTED -> io.busbar.ocpp.v201.RegistrationStatus.REJECTED;
        };
    }

    static ConnectorStatus connectorStatus(io.busbar.ocpp.v201.ConnectorStatus status) {
        return switch (status) {
            case AVAILABLE -> ConnectorStatus.AVAILABLE;
            case OCCUPIED -> ConnectorStatus.OCCUPIED;
            case RESERVED -> ConnectorStatus.RESERVED;
            case UNAVAILABLE -> ConnectorStatus.UNAVAILABLE;
            case FAULTED -> ConnectorStatus.FAULTED;
        };
    }

    static io.busbar.authorization.IdToken idToken(IdToken token) {
        if (token == null) {
            return null;
        }
        return new io.busbar.authorization.IdToken(token.idToken(), switch (token.type()) {
            case CENTRAL -> io.busbar.authorization.IdTokenType.CENTRAL;
            case E_MAID -> io.busbar.authorization.IdTokenType.EMAID;
            case ISO14443 -> io.busbar.authorization.IdTokenType.ISO14443;
            case ISO15693 -> io.busbar.authorization.IdTokenType.ISO15693;
            case KEY_CODE -> io.busbar.authorization.IdTokenType.KEY_CODE;
            case LOCAL -> io.busbar.authorization.IdTokenType.LOCAL;
            case MAC_ADDRESS -> io.busbar.authorization.IdTokenType.MAC_ADDRESS;
            case NO_AUTHORIZATION -> io.busbar.authorization.IdTokenType.NO_AUTHORIZATION;
        });
    }

    static IdTokenInfo idTokenInfo(AuthorizationResult result) {
        AuthorizationStatus status = switch (result.status()) {
            case ACCEPTED -> AuthorizationStatus.ACCEPTED;
            case BLOCKED -> AuthorizationStatus.BLOCKED;
            case EXPIRED -> AuthorizationStatus.EXPIRED;
            case INVALID -> AuthorizationStatus.INVALID;
            case UNKNOWN -> AuthorizationStatus.UNKNOWN;
            case CONCURRENT_TX -> AuthorizationStatus.CONCURRENT_TX;
        };
        IdToken group = result.groupId() == null ? null : new IdToken(null, result.groupId(), IdTokenType.CENTRAL);
        return new IdTokenInfo(status, result.expiresAt(), null, null, null, group, null, null);
    }

    /**
     * Sampled values keep the spec vocabulary; the unit's power-of-ten multiplier is applied to the value. Fields
     * the station left out stay null: the sessions module applies the spec defaults.
     */
    static List<MeterReading> readings(List<MeterValue> meterValues) {
        if (meterValues == null || meterValues.isEmpty()) {
            return List.of();
        }
        List<MeterReading> readings = new ArrayList<>();
        for (MeterValue meterValue : meterValues) {
            for (SampledValue sample : meterValue.sampledValue()) {
                String unit = sample.unitOfMeasure() == null ? null : sample.unitOfMeasure().unit();
                BigDecimal value = sample.value();
                if (sample.unitOfMeasure() != null && sample.unitOfMeasure().multiplier() != null) {
                    value = value.scaleByPowerOfTen(sample.unitOfMeasure().multiplier());
                }
                readings.add(new MeterReading(meterValue.timestamp(), literal(sample.measurand()),
                        literal(sample.phase()), unit, literal(sample.context()), literal(sample.location()), value));
            }
        }
        return readings;
    }

}
