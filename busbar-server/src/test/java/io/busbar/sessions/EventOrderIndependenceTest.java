package io.busbar.sessions;

import io.busbar.authorization.AuthorizationResult;
import io.busbar.authorization.AuthorizationStatus;
import io.busbar.authorization.Authorizer;
import io.busbar.authorization.IdToken;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.platform.units.Energy;
import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.busbar.sessions.SessionCommands.aCharger;
import static io.busbar.sessions.SessionCommands.minutes;
import static io.busbar.sessions.SessionCommands.register;
import static io.busbar.sessions.SessionCommands.soc;
import static io.busbar.sessions.SessionCommands.tx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.BDDMockito.given;

/**
 * A 2.0.1 charger's offline queue may deliver a transaction's events in any order and more than once. Every
 * order of Started, Updated(1), Updated(2) and Ended, each followed by a replay of its first two events, must
 * leave the same session (exhaustive over all 24 orders rather than sampled).
 */
@BusbarTest
@RecordApplicationEvents
class EventOrderIndependenceTest {
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

    enum Event { STARTED, UPDATED_1, UPDATED_2, ENDED }

    static Stream<List<Event>> everyOrder() {
        return permutations(List.of(Event.values())).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOrder")
    void everyOrderWithRetriesGivesTheSameSession(List<Event> order, ApplicationEvents events) {
        ChargerIdentity charger = aCharger();
        List<Event> delivered = new ArrayList<>(order);
        delivered.addAll(order.subList(0, 2));

        delivered.forEach(event -> deliver(charger, event));

        Session session = queries.list(new SessionQueries.SessionFilter(charger, null, null, null, null), null, 10)
                .getFirst();
        assertThat(session.state()).isEqualTo(SessionState.ENDED);
        assertThat(session.startedAt()).isEqualTo(minutes(0));
        assertThat(session.endedAt()).isEqualTo(minutes(30));
        assertThat(session.energy()).isEqualTo(Energy.ofWattHours(5_000));
        assertThat(session.chargingState()).isEqualTo("SuspendedEV");
        assertThat(session.lastStateOfCharge()).isEqualByComparingTo("80");
        assertThat(session.stopReason()).isEqualTo("EVDisconnected");
        assertThat(session.idTokenMasked()).isEqualTo("********5678");
        assertThat(session.authorization()).isEqualTo(AuthorizationStatus.ACCEPTED);
        assertThat(session.evseId()).isEqualTo(1);
        assertThat(session.connectorId()).isEqualTo(1);
        assertThat(queries.readings(session.id(), null)).hasSize(6);
        // Samples that arrived before the EVSE was known end up under it too.
        assertThat(jdbc.sql("select distinct evse_id from meter_readings where session_id = ?")
                .param(session.id().value()).query(Integer.class).list()).containsExactly(1);
        assertThat(queries.list(new SessionQueries.SessionFilter(charger, null, null, null, null), null, 10)).hasSize(1);
        assertThat(events.stream(SessionEvents.SessionStarted.class).filter(e -> e.charger().equals(charger))).hasSize(1);
        assertThat(events.stream(SessionEvents.SessionEnded.class).filter(e -> e.charger().equals(charger)))
                .singleElement().satisfies(e -> assertThat(e.session()).isEqualTo(session.id()));
    }

    private void deliver(ChargerIdentity charger, Event event) {
        switch (event) {
            case STARTED -> lifecycle.start(new StartSession(charger, 1, 1, IdToken.of("EMP-12345678"), minutes(0),
                    null, "offline-tx", null, List.of(register(minutes(0), "1000", "Wh"))));
            case UPDATED_1 -> lifecycle.update(new UpdateSession(charger, tx("offline-tx"), minutes(10), 1L, 1, null,
                    null, "Charging", List.of(register(minutes(10), "3000", "Wh"), soc(minutes(10), 40))));
            case UPDATED_2 -> lifecycle.update(new UpdateSession(charger, tx("offline-tx"), minutes(20), 2L, null, null,
                    null, "SuspendedEV", List.of(register(minutes(20), "5.5", "kWh"), soc(minutes(20), 80))));
            case ENDED -> lifecycle.end(new EndSession(charger, tx("offline-tx"), minutes(30), null, "EVDisconnected",
                    null, 3L, 1, List.of(register(minutes(30), "6.0", "kWh"))));
        }
    }

    private static <T> List<List<T>> permutations(List<T> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> all = new ArrayList<>();
        for (T head : items) {
            List<T> rest = new ArrayList<>(items);
            rest.remove(head);
            for (List<T> tail : permutations(rest)) {
                List<T> order = new ArrayList<>();
                order.add(head);
                order.addAll(tail);
                all.add(order);
            }
        }
        return all;
    }
}
