package io.busbar.sessions;

import io.busbar.authorization.AuthorizationResult;
import io.busbar.authorization.AuthorizationStatus;
import io.busbar.authorization.Authorizer;
import io.busbar.authorization.IdToken;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.platform.units.Energy;
import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static io.busbar.sessions.SessionCommands.aCharger;
import static io.busbar.sessions.SessionCommands.minutes;
import static io.busbar.sessions.SessionCommands.ocpp16Start;
import static io.busbar.sessions.SessionCommands.ocpp16Stop;
import static io.busbar.sessions.SessionCommands.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** OCPP 1.6 Start/MeterValues/StopTransaction against real PostgreSQL (Authorizer stubbed: not on this branch). */
@BusbarTest
@RecordApplicationEvents
class Ocpp16SessionTest {
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
    void startReadingsStopGivesTheMeteredEnergy(ApplicationEvents events) {
        ChargerIdentity charger = aCharger();
        SessionStartResult started = lifecycle.start(ocpp16Start(charger, 2, "04A1B2C3D4", minutes(0), 1_000));
        lifecycle.recordReadings(charger, 2, new SessionRef.ByTransactionNumber(started.transactionNumber()),
                List.of(register(minutes(5), "3500", "Wh"), SessionCommands.soc(minutes(5), 41)));

        Session live = queries.find(started.sessionId()).orElseThrow();
        assertThat(live.state()).isEqualTo(SessionState.ACTIVE);
        assertThat(live.energy()).isEqualTo(Energy.ofWattHours(2_500));
        assertThat(live.lastStateOfCharge()).isEqualByComparingTo("41");
        assertThat(live.evseId()).isEqualTo(2);
        assertThat(live.idTokenMasked()).isEqualTo("******C3D4");

        SessionEndResult ended = lifecycle.end(ocpp16Stop(charger, started.transactionNumber(), minutes(30), 12_345));

        assertThat(ended.alreadyEnded()).isFalse();
        Session done = queries.find(started.sessionId()).orElseThrow();
        assertThat(done.state()).isEqualTo(SessionState.ENDED);
        assertThat(done.energy()).isEqualTo(Energy.ofWattHours(11_345));
        assertThat(done.endedAt()).isEqualTo(minutes(30));
        assertThat(done.stopReason()).isEqualTo("Local");
        assertThat(started.transactionNumber()).isBetween(1L, 2_147_483_647L);
        assertThat(events.stream(SessionEvents.SessionStarted.class)).hasSize(1);
        assertThat(events.stream(SessionEvents.SessionEnded.class)).singleElement()
                .satisfies(e -> assertThat(e.energy()).isEqualTo(Energy.ofWattHours(11_345)));
    }

    @Test
    void theTokenIsStoredButShownMasked() {
        ChargerIdentity charger = aCharger();
        SessionStartResult started = lifecycle.start(ocpp16Start(charger, 1, "04A1B2C3D4E5", minutes(0), 0));

        assertThat(queries.find(started.sessionId()).orElseThrow().idTokenMasked()).isEqualTo("********D4E5");
        assertThat(jdbc.sql("select id_token_value from sessions where id = ?").param(started.sessionId().value())
                .query(String.class).single()).isEqualTo("04A1B2C3D4E5");
    }

    @Test
    void aRetriedStartReturnsTheSameSessionAndNumberWithoutAuthorizingAgain(ApplicationEvents events) {
        ChargerIdentity charger = aCharger();
        StartSession start = ocpp16Start(charger, 1, "RETRY-TAG", minutes(0), 500);

        SessionStartResult first = lifecycle.start(start);
        // Were the token authorized again it would find its own session: ConcurrentTx.
        given(authorizer.authorize(any(), any(), any(), anyBoolean()))
                .willReturn(AuthorizationResult.of(AuthorizationStatus.CONCURRENT_TX));
        SessionStartResult retry = lifecycle.start(start);

        assertThat(first.duplicate()).isFalse();
        assertThat(retry.duplicate()).isTrue();
        assertThat(retry.sessionId()).isEqualTo(first.sessionId());
        assertThat(retry.transactionNumber()).isEqualTo(first.transactionNumber());
        assertThat(retry.authorization().status()).isEqualTo(AuthorizationStatus.ACCEPTED);
        verify(authorizer, times(1)).authorize(eq(IdToken.of("RETRY-TAG")), eq(charger), eq(minutes(0)), eq(true));
        assertThat(sessionsOf(charger)).isEqualTo(1);
        assertThat(events.stream(SessionEvents.SessionStarted.class)).hasSize(1);
    }

    @Test
    void aStartWithARefusedTokenIsStillRecordedWithItsVerdict() {
        given(authorizer.authorize(any(), any(), any(), anyBoolean()))
                .willReturn(AuthorizationResult.of(AuthorizationStatus.BLOCKED));
        ChargerIdentity charger = aCharger();

        SessionStartResult started = lifecycle.start(ocpp16Start(charger, 1, "BLOCKED-1", minutes(0), 0));

        assertThat(started.authorization().status()).isEqualTo(AuthorizationStatus.BLOCKED);
        assertThat(queries.find(started.sessionId()).orElseThrow().authorization()).isEqualTo(AuthorizationStatus.BLOCKED);
    }

    @Test
    void aRetriedStopChangesNothing(ApplicationEvents events) {
        ChargerIdentity charger = aCharger();
        SessionStartResult started = lifecycle.start(ocpp16Start(charger, 1, "TAG-STOP", minutes(0), 100));
        lifecycle.end(ocpp16Stop(charger, started.transactionNumber(), minutes(20), 2_100));
        Session afterFirstStop = queries.find(started.sessionId()).orElseThrow();

        SessionEndResult retry = lifecycle.end(ocpp16Stop(charger, started.transactionNumber(), minutes(21), 9_999));

        assertThat(retry.alreadyEnded()).isTrue();
        assertThat(retry.sessionId()).isEqualTo(started.sessionId());
        assertThat(queries.find(started.sessionId()).orElseThrow()).isEqualTo(afterFirstStop);
        assertThat(afterFirstStop.energy()).isEqualTo(Energy.ofWattHours(2_000));
        assertThat(events.stream(SessionEvents.SessionEnded.class)).hasSize(1);
    }

    @Test
    void theStopTokenIsAuthorizedForAnEndingSession() {
        ChargerIdentity charger = aCharger();
        SessionStartResult started = lifecycle.start(ocpp16Start(charger, 1, "TAG-A", minutes(0), 0));
        given(authorizer.authorize(eq(IdToken.of("TAG-B")), any(), any(), eq(false)))
                .willReturn(AuthorizationResult.of(AuthorizationStatus.INVALID));

        SessionEndResult ended = lifecycle.end(new EndSession(charger,
                new SessionRef.ByTransactionNumber(started.transactionNumber()), minutes(9), Energy.ofWattHours(10),
                "Local", IdToken.of("TAG-B"), null, null, List.of()));

        assertThat(ended.stopTokenAuthorization().status()).isEqualTo(AuthorizationStatus.INVALID);
    }

    @Test
    void stoppingATransactionNumberNeverIssuedIsSessionNotFound() {
        ChargerIdentity charger = aCharger();
        SessionStartResult elsewhere = lifecycle.start(ocpp16Start(aCharger(), 1, "TAG-X", minutes(0), 0));

        assertThatThrownBy(() -> lifecycle.end(ocpp16Stop(charger, 2_000_000_000L, minutes(1), 10)))
                .isInstanceOf(SessionNotFoundException.class);
        // Another charger's number is not this charger's transaction either.
        assertThatThrownBy(() -> lifecycle.end(ocpp16Stop(charger, elsewhere.transactionNumber(), minutes(1), 10)))
                .isInstanceOf(SessionNotFoundException.class);
        assertThat(queries.find(elsewhere.sessionId()).orElseThrow().state()).isEqualTo(SessionState.ACTIVE);
    }

    @Test
    void concurrentRetriesOfOneStartCreateOneSession() throws Exception {
        ChargerIdentity charger = aCharger();
        StartSession start = ocpp16Start(charger, 1, "RACE-TAG", minutes(0), 0);
        int callers = 6;
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
            List<CompletableFuture<SessionStartResult>> results = java.util.stream.IntStream.range(0, callers)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        awaitQuietly(go);
                        return lifecycle.start(start);
                    }, pool)).toList();
            go.countDown();
            List<SessionStartResult> all = results.stream()
                    .map(f -> f.orTimeout(30, TimeUnit.SECONDS).join()).toList();

            assertThat(all).extracting(SessionStartResult::sessionId).containsOnly(all.getFirst().sessionId());
            assertThat(all).extracting(SessionStartResult::transactionNumber)
                    .containsOnly(all.getFirst().transactionNumber());
            assertThat(all).filteredOn(r -> !r.duplicate()).hasSize(1);
        }
        assertThat(sessionsOf(charger)).isEqualTo(1);
    }

    @Test
    void meterValuesWithoutATransactionAreKeptForTheChargerAndEvse() {
        ChargerIdentity charger = aCharger();
        List<MeterReading> samples = List.of(register(minutes(1), "42", "kWh"),
                new MeterReading(minutes(1), "Voltage", "L1-N", "V", null, null, new java.math.BigDecimal("230.1")));

        lifecycle.recordReadings(charger, 3, null, samples);
        lifecycle.recordReadings(charger, 3, null, samples); // retried message: no duplicates
        lifecycle.recordReadings(charger, 3, new SessionRef.ByTransactionNumber(1_999_999_999L),
                List.of(register(minutes(2), "43", "kWh")));

        assertThat(jdbc.sql("""
                        select count(*) from meter_readings
                         where charger_identity = ? and evse_id = 3 and session_id is null""")
                .param(charger.value()).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void readingsSentWithTheStopCountAndAreKept() {
        ChargerIdentity charger = aCharger();
        SessionStartResult started = lifecycle.start(ocpp16Start(charger, 1, "TAG-TD", minutes(0), 0));

        lifecycle.end(new EndSession(charger, new SessionRef.ByTransactionNumber(started.transactionNumber()),
                minutes(10), Energy.ofWattHours(700), "EVDisconnected", null, null, null,
                List.of(register(minutes(10), "700", "Wh"))));

        assertThat(queries.readings(started.sessionId(), null)).singleElement()
                .satisfies(r -> assertThat(r.value()).isEqualByComparingTo("700"));
        assertThat(queries.find(started.sessionId()).orElseThrow().energy()).isEqualTo(Energy.ofWattHours(700));
    }

    private long sessionsOf(ChargerIdentity charger) {
        return jdbc.sql("select count(*) from sessions where charger_identity = ?").param(charger.value())
                .query(Long.class).single();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
