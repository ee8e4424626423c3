package io.busbar.sessions;

import io.busbar.authorization.AuthorizationResult;
import io.busbar.authorization.AuthorizationStatus;
import io.busbar.authorization.Authorizer;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.platform.units.Energy;
import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.busbar.sessions.SessionCommands.aCharger;
import static io.busbar.sessions.SessionCommands.minutes;
import static io.busbar.sessions.SessionCommands.ocpp16Start;
import static io.busbar.sessions.SessionCommands.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.BDDMockito.given;

/**
 * Meter values of many chargers arrive at once and are committed together: each call returns only when its
 * samples are stored, live session energy stays exact, and a bad message fails alone.
 */
@BusbarTest
class GroupCommittedReadingsTest {
    private static final int CHARGERS = 200;

    @Autowired
    SessionLifecycle lifecycle;
    @Autowired
    SessionQueries queries;
    @Autowired
    JdbcClient jdbc;
    @MockitoBean
    Authorizer authorizer;

    @BeforeEach
    void everyTokenIsAccepted() {
        given(authorizer.authorize(any(), any(), any(), anyBoolean()))
                .willReturn(AuthorizationResult.of(AuthorizationStatus.ACCEPTED));
    }

    @Test
    void everyCallReturnsWithItsSamplesStored() throws Exception {
        List<ChargerIdentity> chargers = new ArrayList<>();
        for (int i = 0; i < CHARGERS; i++) {
            chargers.add(aCharger());
        }

        List<Future<?>> calls = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (ChargerIdentity charger : chargers) {
                calls.add(threads.submit(() -> {
                    lifecycle.recordReadings(charger, 1, null, List.of(register(minutes(1), "100", "Wh")));
                    // Acknowledged means stored: the caller itself sees its sample at once.
                    assertThat(storedSamples(charger)).isEqualTo(1);
                }));
            }
            for (Future<?> call : calls) {
                call.get(30, TimeUnit.SECONDS);
            }
        }

        assertThat(chargers).allSatisfy(charger -> assertThat(storedSamples(charger)).isEqualTo(1));
    }

    @Test
    void concurrentReadingsOfOneSessionKeepItsLiveEnergyExact() throws Exception {
        ChargerIdentity charger = aCharger();
        SessionStartResult started = lifecycle.start(ocpp16Start(charger, 1, "TAG-GROUP", minutes(0), 1_000));
        SessionRef ref = new SessionRef.ByTransactionNumber(started.transactionNumber());

        List<Future<?>> calls = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int minute = 1; minute <= 20; minute++) {
                int at = minute;
                calls.add(threads.submit(() -> lifecycle.recordReadings(charger, 1, ref,
                        List.of(register(minutes(at), String.valueOf(1_000 + 100 * at), "Wh"),
                                SessionCommands.soc(minutes(at), 20 + at)))));
            }
            for (Future<?> call : calls) {
                call.get(30, TimeUnit.SECONDS);
            }
        }

        Session live = queries.find(started.sessionId()).orElseThrow();
        assertThat(live.energy()).isEqualTo(Energy.ofWattHours(2_000));
        assertThat(live.lastStateOfCharge()).isEqualByComparingTo("40");
        assertThat(queries.readings(started.sessionId(), MeterReading.ENERGY_ACTIVE_IMPORT_REGISTER)).hasSize(20);
    }

    @Test
    void aMessageTheDatabaseRefusesFailsAloneAndOthersAreStored() throws Exception {
        ChargerIdentity bad = aCharger();
        List<ChargerIdentity> good = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            good.add(aCharger());
        }

        Future<?> refused;
        List<Future<?>> accepted = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (ChargerIdentity charger : good.subList(0, 25)) {
                accepted.add(threads.submit(() -> lifecycle.recordReadings(charger, 1, null,
                        List.of(register(minutes(1), "100", "Wh")))));
            }
            // EVSE ids are never negative (the table's check): this message cannot be stored.
            refused = threads.submit(() -> lifecycle.recordReadings(bad, -1, null,
                    List.of(new MeterReading(minutes(1), "Voltage", null, "V", null, null, new BigDecimal("230")))));
            for (ChargerIdentity charger : good.subList(25, 50)) {
                accepted.add(threads.submit(() -> lifecycle.recordReadings(charger, 1, null,
                        List.of(register(minutes(1), "100", "Wh")))));
            }
            for (Future<?> call : accepted) {
                call.get(30, TimeUnit.SECONDS);
            }
            assertThatThrownBy(() -> refused.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(RuntimeException.class);
        }

        assertThat(good).allSatisfy(charger -> assertThat(storedSamples(charger)).isEqualTo(1));
        assertThat(storedSamples(bad)).isZero();
    }

    private long storedSamples(ChargerIdentity charger) {
        return jdbc.sql("select count(*) from meter_readings where charger_identity = ?")
                .param(charger.value()).query(Long.class).single();
    }
}
