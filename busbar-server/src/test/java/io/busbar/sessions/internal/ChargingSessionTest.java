package io.busbar.sessions.internal;

import io.busbar.authorization.AuthorizationResult;
import io.busbar.authorization.AuthorizationStatus;
import io.busbar.authorization.IdToken;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.platform.units.Energy;
import io.busbar.sessions.EndSession;
import io.busbar.sessions.MeterReading;
import io.busbar.sessions.SessionId;
import io.busbar.sessions.SessionRef;
import io.busbar.sessions.SessionState;
import io.busbar.sessions.StartSession;
import io.busbar.sessions.UpdateSession;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The session's transition rules, without a database. */
class ChargingSessionTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T12:00:00Z"), ZoneOffset.UTC);
    private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");
    private static final ChargerIdentity CHARGER = new ChargerIdentity("CP-UNIT");
    private static final AuthorizationResult ACCEPTED = AuthorizationResult.of(AuthorizationStatus.ACCEPTED);

    @Test
    void meterStopMinusMeterStartWinsOverReadings() {
        ChargingSession session = ocpp16Session(1_000);
        session.absorb(List.of(complete(register(T0.plusSeconds(60), "5000", "Wh"))));
        assertThat(session.view().energy()).isEqualTo(Energy.ofWattHours(4_000));

        session.applyEnd(end(T0.plusSeconds(120), 3_000L));

        assertThat(session.view().energy()).isEqualTo(Energy.ofWattHours(2_000));
        assertThat(session.view().updatedAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void anAbsurdAmountIsRecordedAsZero() {
        ChargingSession session = ocpp16Session(0);
        // A Wh meter read as kWh: 20,000 kWh in one session.
        session.absorb(List.of(complete(register(T0.plusSeconds(60), "20000", "kWh"))));

        assertThat(session.view().energy()).isEqualTo(Energy.ZERO);
    }

    @Test
    void aReadingWithAnUnknownUnitOrAPhaseDoesNotCountAsTheRegister() {
        ChargingSession session = ocpp16Session(0);
        session.absorb(List.of(complete(register(T0.plusSeconds(60), "5", "varh")),
                complete(new MeterReading(T0.plusSeconds(60), null, "L2", "Wh", null, null, new BigDecimal("800")))));

        assertThat(session.view().energy()).isEqualTo(Energy.ZERO);
    }

    @Test
    void endingTwiceReportsTheSecondAsChangingNothing() {
        ChargingSession session = ocpp16Session(0);

        assertThat(session.applyEnd(end(T0.plusSeconds(60), 10L))).isTrue();
        assertThat(session.applyEnd(end(T0.plusSeconds(90), 99L))).isFalse();

        assertThat(session.state()).isEqualTo(SessionState.ENDED);
        assertThat(session.meterStopWh()).isEqualTo(10L);
    }

    @Test
    void aSessionOpenedByAnUpdateTakesTheEarliestTimeSeenUntilItsStartArrives() {
        ChargingSession session = ChargingSession.opened(SessionId.random(), CHARGER, "t", null, T0.plusSeconds(600),
                CLOCK.instant());
        session.applyUpdate(update(T0.plusSeconds(300), 2L, "Charging"), null);
        assertThat(session.startedAt()).isEqualTo(T0.plusSeconds(300));

        session.applyStart(new StartSession(CHARGER, 1, 1, IdToken.of("ABCDEF"), T0, null, "t", null, List.of()),
                ACCEPTED);
        session.applyUpdate(update(T0.minusSeconds(60), 1L, "EVConnected"), null);

        assertThat(session.startedAt()).isEqualTo(T0);
        assertThat(session.chargingState()).isEqualTo("Charging");
        assertThat(session.lastSeqNo()).isEqualTo(2L);
    }

    private static ChargingSession ocpp16Session(long meterStartWh) {
        ChargingSession session = ChargingSession.started(SessionId.random(), new StartSession(CHARGER, 1, 1,
                IdToken.of("TAG-1"), T0, Energy.ofWattHours(meterStartWh), null, null, List.of()), ACCEPTED,
                CLOCK.instant());
        session.touch(CLOCK.instant());
        return session;
    }

    private static EndSession end(Instant at, Long meterStopWh) {
        return new EndSession(CHARGER, new SessionRef.ByTransactionNumber(1), at,
                meterStopWh == null ? null : Energy.ofWattHours(meterStopWh), "Local", null, null, null, List.of());
    }

    private static UpdateSession update(Instant at, Long seqNo, String chargingState) {
        return new UpdateSession(CHARGER, new SessionRef.ByChargerTransactionId("t"), at, seqNo, null, null, null,
                chargingState, List.of());
    }

    private static MeterReading register(Instant at, String value, String unit) {
        return new MeterReading(at, MeterReading.ENERGY_ACTIVE_IMPORT_REGISTER, null, unit, null, null, new BigDecimal(value));
    }

    private static MeterReading complete(MeterReading reading) {
        return ReadingDefaults.complete(reading);
    }
}
