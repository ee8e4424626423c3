package io.busbar.ocpp16;

import io.busbar.authorization.AuthorizationResult;
import io.busbar.authorization.IdToken;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ConnectorStatus;
import io.busbar.chargers.RegistrationStatus;
import io.busbar.gateway.ChargerContext;
import io.busbar.ocpp.rpc.RpcError;
import io.busbar.ocpp.rpc.RpcException;
import io.busbar.ocpp.schema.EnumLiterals;
import io.busbar.ocpp.v16.AuthorizationStatus;
import io.busbar.ocpp.v16.ChargePointStatus;
import io.busbar.ocpp.v16.IdTagInfo;
import io.busbar.ocpp.v16.MeterValue;
import io.busbar.ocpp.v16.SampledValue;
import io.busbar.sessions.MeterReading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Pure mappings between OCPP 1.6 types and the version-neutral domain (ADR 0003). */
final class Ocpp16Mapping {
    private Ocpp16Mapping() {
    }

    static ChargerIdentity identity(ChargerContext charger) {
        return new ChargerIdentity(charger.identity());
    }

    static String literal(Enum<?> value) {
        return value == null ? null : EnumLiterals.literal(value);
    }

    /** A 1.6 idTag carries no type: it is taken as an RFID card (ISO 14443), the common case. */
    static IdToken idTag(String idTag) {
        return idTag == null ? null : IdToken.of(idTag);
    }

    static io.busbar.ocpp.v16.RegistrationStatus registration(RegistrationStatus status) {
        return switch (status) {
            case ACCEPTED -> io.busbar.ocpp.v16.RegistrationStatus.ACCEPTED;
            case PENDING -> io.busbar.ocpp.v16.RegistrationStatus.PENDING;
            case REJECTED -> io.busbar.ocpp.v16.RegistrationStatus.REJECTED;
        };
    }

    static ConnectorStatus connectorStatus(ChargePointStatus status) {
        return switch (status) {
            case AVAILABLE -> ConnectorStatus.AVAILABLE;
            case PREPARING -> ConnectorStatus.PREPARING;
            case CHARGING -> ConnectorStatus.CHARGING;
            case SUSPENDED_EV -> ConnectorStatus.SUSPENDED_EV;
            case SUSPENDED_EVSE -> ConnectorStatus.SUSPENDED_EVSE;
            case FINISHING -> ConnectorStatus.FINISHING;
            case RESERVED -> ConnectorStatus.RESERVED;
            case UNAVAILABLE -> ConnectorStatus.UNAVAILABLE;
            case FAULTED -> ConnectorStatus.FAULTED;
        };
    }

    /** 1.6 has no Unknown: an unknown idTag is Invalid (OCPP 1.6 §7.2 AuthorizationStatus). */
    static IdTagInfo idTagInfo(AuthorizationResult result) {
        AuthorizationStatus status = switch (result.status()) {
            case ACCEPTED -> AuthorizationStatus.ACCEPTED;
            case BLOCKED -> AuthorizationStatus.BLOCKED;
            case EXPIRED -> AuthorizationStatus.EXPIRED;
            case INVALID, UNKNOWN -> AuthorizationStatus.INVALID;
            case CONCURRENT_TX -> AuthorizationStatus.CONCURRENT_TX;
        };
        return new IdTagInfo(result.expiresAt(), result.groupId(), status);
    }

    /**
     * 1.6 sampled values are strings. Fields the charger left out stay null: the sessions module applies the
     * spec defaults. SignedData values are not numbers and are skipped here (signed metering comes with billing).
     */
    static List<MeterReading> readings(List<MeterValue> meterValues) {
        if (meterValues == null || meterValues.isEmpty()) {
            return List.of();
        }
        List<MeterReading> readings = new ArrayList<>();
        for (MeterValue meterValue : meterValues) {
            for (SampledValue sample : meterValue.sampledValue()) {
                if (sample.format() != null && "SignedData".equals(literal(sample.format()))) {
                    continue;
                }
                readings.add(new MeterReading(meterValue.timestamp(), literal(sample.measurand()),
                        literal(sample.phase()), literal(sample.unit()), literal(sample.context()),
                        literal(sample.location()), number(sample.value())));
            }
        }
        return readings;
    }

    private static BigDecimal number(String value) {
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            // OCPP 1.6 §7.45: a Raw value must be a number; anything else is an invalid field value.
            throw new RpcException(RpcError.PROPERTY_CONSTRAINT_VIOLATION, "sampledValue.value is not a number: " + value);
        }
    }

}
