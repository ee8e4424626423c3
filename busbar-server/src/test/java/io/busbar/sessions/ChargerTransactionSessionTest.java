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
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static io.busbar.sessions.SessionCommands.aCharger;
import static io.busbar.sessions.SessionCommands.minutes;
import static io.busbar.sessions.SessionCommands.register;
import static io.busbar.sessions.SessionCommands.soc;
import static io.busbar.sessions.SessionCommands.tx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** OCPP 2.0.1 TransactionEvent Started/Updated/Ended, in order and not (Authorizer stubbed: not on this branch). */
@BusbarTest
@RecordApplicationEvents
class ChargerTransactionSessionTest {
    @Autowired
    SessionLifecycle lifecycle;
    @Autowired
    SessionQueries queries;
    @MockitoBean
    Authorizer authorizer;

    @BeforeEach
    void everyTokenIsAccepted() {
        given(authorizer.authorize(any(), any(), any(), anyBoolean()))
                .willReturn(AuthorizationResult.of(AuthorizationStatus.ACCEPTED));
    }

    @Test
    void startedUpdatedEndedInOrder(ApplicationEvents events) {
        ChargerIdentity charger = aCharger();
        SessionStartResult started = lifecycle.start(new StartSession(charger, 1, 1, IdToken.of("APP-123456"),
                minutes(0), null, "tx-1", null, List.of(register(minutes(0), "10.000", "kWh"))));
        lifecycle.update(new UpdateSession(charger, tx("tx-1"), minutes(5), 1L, null, null, null, "Charging",
                List.of(register(minutes(5), "12.5", "kWh"), soc(minutes(5), 55))));
        Session live = queries.find(started.sessionId()).orElseThrow();
        SessionEndResult ended = lifecycle.end(new EndSession(charger, tx("tx-1"), minutes(30), null, "EVDisconnected",
                null, 2L, 1, List.of(register(minutes(30), "17.25", "kWh"))));

        assertThat(live.energy()).isEqualTo(Energy.ofWattHours(2_500));
        assertThat(live.chargingState()).isEqualTo("Charging");
        assertThat(ended.alreadyEnded()).isFalse();
        Session done = queries.find(started.sessionId()).orElseThrow();
        assertThat(done.state()).isEqualTo(SessionState.ENDED);
        assertThat(done.chargerTransactionId()).isEqualTo("tx-1");
        assertThat(done.energy()).isEqualTo(Energy.ofWattHours(7_250));
        assertThat(done.lastStateOfCharge()).isEqualByComparingTo("55");
        assertThat(done.startedAt()).isEqualTo(minutes(0));
        assertThat(queries.readings(started.sessionId(), MeterReading.ENERGY_ACTIVE_IMPORT_REGISTER))
                .extracting(MeterReading::timestamp).containsExactly(minutes(0), minutes(5), minutes(30));
        assertThat(events.stream(SessionEvents.SessionStarted.class)).hasSize(1);
        assertThat(events.stream(SessionEvents.SessionEnded.class)).hasSize(1);
    }

    @Test
    void endedBeforeStartedMakesOneEndedSessionThatTheStartFillsIn(ApplicationEvents events) {
        ChargerIdentity charger = aCharger();
        lifecycle.end(new EndSession(charger, tx("late-start"), minutes(40), null, "Local", null, 3L, 2,
                List.of(register(minutes(40), "9000", "Wh"))));

        SessionStartResult started = lifecycle.start(new StartSession(charger, 2, 1, IdToken.of("CARD-0001"),
                minutes(0), null, "late-start", null, List.of(register(minutes(0), "1000", "Wh"))));

        assertThat(started.duplicate()).isFalse();
        Session session = queries.find(started.sessionId()).orElseThrow();
        assertThat(session.state()).isEqualTo(SessionState.ENDED);
        assertThat(session.startedAt()).isEqualTo(minutes(0));
        assertThat(session.endedAt()).isEqualTo(minutes(40));
        assertThat(session.energy()).isEqualTo(Energy.ofWattHours(8_000));
        assertThat(session.idTokenMasked()).isEqualTo("*****0001");
        assertThat(session.evseId()).isEqualTo(2);
        // The token is checked for a session that is over: concurrency does not apply.
        verify(authorizer).authorize(IdToken.of("CARD-0001"), charger, minutes(0), false);
        assertThat(events.stream(SessionEvents.SessionStarted.class)).hasSize(1);
        assertThat(events.stream(SessionEvents.SessionEnded.class)).hasSize(1);
    }

    @Test
    void aSecondEndedChangesNothingAndAnEndedSessionNeverBecomesActive() {
        ChargerIdentity charger = aCharger();
        EndSession end = new EndSession(charger, tx("twice"), minutes(10), null, "Local", null, 4L, 1,
                List.of(register(minutes(10), "500", "Wh")));
        SessionEndResult first = lifecycle.end(end);
        Session afterFirst = queries.find(first.sessionId()).orElseThrow();

        SessionEndResult second = lifecycle.end(new EndSession(charger, tx("twice"), minutes(11), null, "Remote",
                null, 5L, 1, List.of()));
        lifecycle.update(new UpdateSession(charger, tx("twice"), minutes(12), 6L, 1, 1, null, "Charging", List.of()));
        lifecycle.start(new StartSession(charger, 1, 1, null, minutes(0), null, "twice", null, List.of()));

        assertThat(second.alreadyEnded()).isTrue();
        Session after = queries.find(first.sessionId()).orElseThrow();
        assertThat(after.state()).isEqualTo(SessionState.ENDED);
        assertThat(after.endedAt()).isEqualTo(afterFirst.endedAt());
        assertThat(after.stopReason()).isEqualTo("Local");
    }

    @Test
    void aStaleUpdateAddsItsReadingsButNotItsChargingState() {
        ChargerIdentity charger = aCharger();
        SessionStartResult started = lifecycle.start(new StartSession(charger, 1, 1, IdToken.of("SEQ-TAG"),
                minutes(0), null, "seq", null, List.of(register(minutes(0), "0", "Wh"))));
        lifecycle.update(new UpdateSession(charger, tx("seq"), minutes(20), 7L, null, null, null, "SuspendedEV",
                List.of(register(minutes(20), "4000", "Wh"))));

        lifecycle.update(new UpdateSession(charger, tx("seq"), minutes(10), 6L, null, null, null, "Charging",
                List.of(register(minutes(10), "2000", "Wh"))));

        Session session = queries.find(started.sessionId()).orElseThrow();
        assertThat(session.chargingState()).isEqualTo("SuspendedEV");
        assertThat(session.energy()).isEqualTo(Energy.ofWattHours(4_000));
        assertThat(queries.readings(started.sessionId(), null)).extracting(MeterReading::timestamp)
                .containsExactly(minutes(0), minutes(10), minutes(20));
    }

    @Test
    void aStartBeforeAuthorizationGetsItsVerdictFromTheUpdateThatCarriesTheToken() {
        given(authorizer.authorize(any(), any(), any(), anyBoolean()))
                .willReturn(AuthorizationResult.of(AuthorizationStatus.EXPIRED));
        ChargerIdentity charger = aCharger();
        SessionStartResult started = lifecycle.start(new StartSession(charger, 1, 1, null, minutes(0), null,
                "no-token-yet", null, List.of()));
        verify(authorizer, never()).authorize(any(), any(), any(), anyBoolean());

        lifecycle.update(new UpdateSession(charger, tx("no-token-yet"), minutes(1), 1L, null, null,
                IdToken.of("LATE-CARD"), null, List.of()));

        assertThat(started.authorization().status()).isEqualTo(AuthorizationStatus.ACCEPTED);
        Session session = queries.find(started.sessionId()).orElseThrow();
        assertThat(session.authorization()).isEqualTo(AuthorizationStatus.EXPIRED);
        assertThat(session.idTokenMasked()).isEqualTo("*****CARD");
        verify(authorizer).authorize(IdToken.of("LATE-CARD"), charger, minutes(1), true);
    }

    @Test
    void energyInKilowattHoursIsConvertedAndDecimalsKept() {
        ChargerIdentity charger = aCharger();
        SessionStartResult started = lifecycle.start(new StartSession(charger, 1, 1, IdToken.of("KWH-TAG"),
                minutes(0), null, "kwh", null, List.of(register(minutes(0), "1234.5675", "kWh"))));
        lifecycle.end(new EndSession(charger, tx("kwh"), minutes(60), null, "Local", null, 1L, 1,
                List.of(register(minutes(60), "1256.0005", "kWh"))));

        assertThat(queries.find(started.sessionId()).orElseThrow().energy()).isEqualTo(Energy.ofWattHours(21_433));
        assertThat(queries.readings(started.sessionId(), null)).first()
                .satisfies(r -> {
                    assertThat(r.unit()).isEqualTo("kWh");
                    assertThat(r.value()).isEqualByComparingTo("1234.5675");
                });
    }

    @Test
    void registerReadingsAtTheOutletWinOverOtherLocationsAndPhases() {
        ChargerIdentity charger = aCharger();
        SessionStartResult started = lifecycle.start(new StartSession(charger, 1, 1, IdToken.of("LOC-TAG"),
                minutes(0), null, "loc", null, List.of(
                new MeterReading(minutes(0), null, null, null, "Transaction.Begin", "Inlet", new java.math.BigDecimal("100")),
                new MeterReading(minutes(0), null, "L1", null, "Transaction.Begin", null, new java.math.BigDecimal("7")))));
        lifecycle.update(new UpdateSession(charger, tx("loc"), minutes(5), 1L, null, null, null, null, List.of(
                new MeterReading(minutes(5), null, null, null, null, "Inlet", new java.math.BigDecimal("99999")),
                register(minutes(5), "1000", "Wh"))));
        lifecycle.update(new UpdateSession(charger, tx("loc"), minutes(9), 2L, null, null, null, null, List.of(
                register(minutes(9), "1600", "Wh"))));

        assertThat(queries.find(started.sessionId()).orElseThrow().energy()).isEqualTo(Energy.ofWattHours(600));
    }

    @Test
    void startedUpdatedAndEndedArrivingAtOnceMakeOneSession() throws Exception {
        ChargerIdentity charger = aCharger();
        List<Runnable> deliveries = List.of(
                () -> lifecycle.start(new StartSession(charger, 1, 1, IdToken.of("RACE-2"), minutes(0), null, "race",
                        null, List.of(register(minutes(0), "0", "Wh")))),
                () -> lifecycle.update(new UpdateSession(charger, tx("race"), minutes(5), 1L, 1, 1, null, "Charging",
                        List.of(register(minutes(5), "500", "Wh")))),
                () -> lifecycle.end(new EndSession(charger, tx("race"), minutes(9), null, "Local", null, 2L, 1,
                        List.of(register(minutes(9), "900", "Wh")))));
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(deliveries.size() * 2)) {
            List<CompletableFuture<Void>> done = new ArrayList<>();
            for (int copy = 0; copy < 2; copy++) {
                deliveries.forEach(delivery -> done.add(CompletableFuture.runAsync(() -> {
                    awaitQuietly(go);
                    delivery.run();
                }, pool)));
            }
            go.countDown();
            done.forEach(f -> f.orTimeout(30, TimeUnit.SECONDS).join());
        }

        List<Session> sessions = queries.list(new SessionQueries.SessionFilter(charger, null, null, null, null), null, 10);
        assertThat(sessions).singleElement().satisfies(session -> {
            assertThat(session.state()).isEqualTo(SessionState.ENDED);
            assertThat(session.energy()).isEqualTo(Energy.ofWattHours(900));
            assertThat(session.startedAt()).isEqualTo(minutes(0));
        });
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void negativeEnergyIsNeverStored() {
        ChargerIdentity charger = aCharger();
        SessionStartResult started = lifecycle.start(new StartSession(charger, 1, 1, IdToken.of("NEG-TAG"),
                minutes(0), Energy.ofWattHours(50_000), null, null, List.of()));

        lifecycle.end(new EndSession(charger, new SessionRef.ByTransactionNumber(started.transactionNumber()),
                minutes(5), Energy.ofWattHours(10), "Reboot", null, null, null, List.of()));

        assertThat(queries.find(started.sessionId()).orElseThrow().energy()).isEqualTo(Energy.ZERO);
    }
}
