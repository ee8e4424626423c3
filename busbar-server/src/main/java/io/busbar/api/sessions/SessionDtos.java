package io.busbar.api.sessions;

import io.busbar.authorization.AuthorizationStatus;
import io.busbar.platform.units.Energy;
import io.busbar.sessions.MeterReading;
import io.busbar.sessions.Session;
import io.busbar.sessions.SessionState;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The published JSON of the sessions resource. Energies are whole watt-hours ({@code ...Wh} fields). */
final class SessionDtos {
    static final String SESSION_EXAMPLE = """
            {"id": "7d0c3b9e-1f2a-4c5d-8e9f-0a1b2c3d4e5f", "chargerId": "CP-0042", "evseId": 1, "connectorId": 1,
             "idToken": "**********E6F7", "transactionNumber": 1017, "chargerTransactionId": "b7f1c2",
             "state": "ENDED", "authorization": "ACCEPTED", "startedAt": "2025-03-01T08:00:00Z",
             "endedAt": "2025-03-01T09:30:00Z", "meterStartWh": 1200000, "meterStopWh": 1212345, "energyWh": 12345,
             "chargingState": "EVConnected", "stopReason": "EVDisconnected", "stateOfCharge": 80.0,
             "updatedAt": "2025-03-01T09:30:00Z"}""";
    static final String LIST_EXAMPLE = "{\"items\": [" + SESSION_EXAMPLE
            + "], \"next\": \"7d0c3b9e-1f2a-4c5d-8e9f-0a1b2c3d4e5f\"}";
    static final String READINGS_EXAMPLE = """
            {"items": [{"timestamp": "2025-03-01T08:15:00Z", "measurand": "Energy.Active.Import.Register",
              "unit": "Wh", "context": "Sample.Periodic", "location": "Outlet", "value": 1203100},
             {"timestamp": "2025-03-01T08:15:00Z", "measurand": "SoC", "unit": "Percent",
              "context": "Sample.Periodic", "location": "EV", "value": 42}], "next": null}""";

    private SessionDtos() {
    }

    record SessionResponse(UUID id,
                           @Schema(description = "The charger's identity") String chargerId,
                           int evseId, int connectorId,
                           @Schema(description = "The token that started the session, masked") String idToken,
                           @Schema(description = "Busbar's number (the OCPP 1.6 transactionId)") long transactionNumber,
                           @Schema(description = "The OCPP 2.0.1 transactionId the charger chose") String chargerTransactionId,
                           SessionState state, AuthorizationStatus authorization, Instant startedAt, Instant endedAt,
                           Long meterStartWh, Long meterStopWh,
                           @Schema(description = "Energy delivered; final once ENDED, live while ACTIVE") Long energyWh,
                           String chargingState, String stopReason,
                           @Schema(description = "Last reported state of charge, percent") BigDecimal stateOfCharge,
                           Instant updatedAt) {
        static SessionResponse of(Session session) {
            return new SessionResponse(session.id().value(), session.charger().value(), session.evseId(),
                    session.connectorId(), session.idTokenMasked(), session.transactionNumber(),
                    session.chargerTransactionId(), session.state(), session.authorization(), session.startedAt(),
                    session.endedAt(), wattHours(session.meterStart()), wattHours(session.meterStop()),
                    wattHours(session.energy()), session.chargingState(), session.stopReason(),
                    session.lastStateOfCharge(), session.updatedAt());
        }
    }

    record MeterReadingResponse(Instant timestamp, String measurand, String phase, String unit, String context,
                                String location,
                                @Schema(description = "As the charger sent it, in `unit`") BigDecimal value) {
        static MeterReadingResponse of(MeterReading reading) {
            return new MeterReadingResponse(reading.timestamp(), reading.measurand(), reading.phase(), reading.unit(),
                    reading.context(), reading.location(), reading.value());
        }
    }

    private static Long wattHours(Energy energy) {
        return energy == null ? null : energy.wattHours();
    }
}
