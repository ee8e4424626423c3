package io.busbar.sessions;

import io.busbar.authorization.ActiveSessions;
import io.busbar.authorization.AuthorizationResult;
import io.busbar.authorization.AuthorizationStatus;
import io.busbar.authorization.Authorizer;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.sessions.SessionQueries.SessionFilter;
import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.util.ArrayList;
import java.util.List;

import static io.busbar.sessions.SessionCommands.aCharger;
import static io.busbar.sessions.SessionCommands.minutes;
import static io.busbar.sessions.SessionCommands.ocpp16Start;
import static io.busbar.sessions.SessionCommands.ocpp16Stop;
import static io.busbar.sessions.SessionCommands.register;
import static io.busbar.sessions.SessionCommands.soc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.BDDMockito.given;

/** The read side and the ActiveSessions port (Authorizer stubbed: not on this branch). */
@BusbarTest
class SessionQueriesTest {
    @Autowired
    SessionLifecycle lifecycle;
    @Autowired
    SessionQueries queries;
    @Autowired
    ActiveSessions activeSessions;
    @MockitoBean
    Authorizer authorizer;

    @BeforeEach
    void everyTokenIsAccepted() {
        given(authorizer.authorize(any(), any(), any(), anyBoolean()))
                .willReturn(AuthorizationResult.of(AuthorizationStatus.ACCEPTED));
    }

    @Test
    void listsNewestFirstAndPagesWithTheCursorWithoutGapsOrRepeats() {
        ChargerIdentity charger = aCharger();
        List<SessionId> started = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // Two sessions share each start time: the cursor must order ties by id too.
            started.add(lifecycle.start(ocpp16Start(charger, 1 + i % 2, "TAG-" + i, minutes(i / 2), 0)).sessionId());
        }
        SessionFilter mine = new SessionFilter(charger, null, null, null, null);

        List<Session> pages = new ArrayList<>();
        SessionId cursor = null;
        for (int page = 0; page < 10; page++) {
            List<Session> next = queries.list(mine, cursor, 3);
            pages.addAll(next);
            if (next.size() < 3) {
                break;
            }
            cursor = next.getLast().id();
        }

        assertThat(pages).extracting(Session::id).containsExactlyInAnyOrderElementsOf(started);
        assertThat(pages).extracting(Session::startedAt).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(pages.getFirst().startedAt()).isEqualTo(minutes(3));
    }

    @Test
    void filtersByChargerTokenStateAndTime() {
        ChargerIdentity charger = aCharger();
        SessionStartResult early = lifecycle.start(ocpp16Start(charger, 1, "FILTER-A", minutes(0), 0));
        SessionStartResult late = lifecycle.start(ocpp16Start(charger, 2, "FILTER-B", minutes(60), 0));
        lifecycle.start(ocpp16Start(aCharger(), 1, "FILTER-A", minutes(61), 0));
        lifecycle.end(ocpp16Stop(charger, early.transactionNumber(), minutes(30), 10));

        assertThat(queries.list(new SessionFilter(charger, null, SessionState.ENDED, null, null), null, 10))
                .extracting(Session::id).containsExactly(early.sessionId());
        assertThat(queries.list(new SessionFilter(charger, "FILTER-B", null, null, null), null, 10))
                .extracting(Session::id).containsExactly(late.sessionId());
        assertThat(queries.list(new SessionFilter(charger, null, null, minutes(1), minutes(61)), null, 10))
                .extracting(Session::id).containsExactly(late.sessionId());
        assertThat(queries.list(new SessionFilter(null, "FILTER-A", null, null, null), null, 10)).hasSize(2);
    }

    @Test
    void aPageSizeOutOfRangeOrAnUnknownCursorIsAClearError() {
        assertThatThrownBy(() -> queries.list(SessionFilter.ALL, null, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> queries.list(SessionFilter.ALL, SessionId.random(), 10))
                .isInstanceOf(SessionNotFoundException.class);
        assertThat(queries.find(SessionId.random())).isEmpty();
    }

    @Test
    void readingsComeInTimeOrderAndCanBeNarrowedToOneMeasurand() {
        ChargerIdentity charger = aCharger();
        SessionStartResult started = lifecycle.start(ocpp16Start(charger, 1, "READ-TAG", minutes(0), 0));
        SessionRef ref = new SessionRef.ByTransactionNumber(started.transactionNumber());
        lifecycle.recordReadings(charger, 1, ref, List.of(register(minutes(10), "900", "Wh"), soc(minutes(10), 30)));
        lifecycle.recordReadings(charger, 1, ref, List.of(register(minutes(5), "400", "Wh"), soc(minutes(5), 20)));

        assertThat(queries.readings(started.sessionId(), null)).extracting(MeterReading::timestamp)
                .containsExactly(minutes(5), minutes(5), minutes(10), minutes(10));
        assertThat(queries.readings(started.sessionId(), MeterReading.SOC)).extracting(MeterReading::value)
                .usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(java.math.BigDecimal.valueOf(20), java.math.BigDecimal.valueOf(30));
        Session session = queries.find(started.sessionId()).orElseThrow();
        // The latest sample wins even though it arrived first.
        assertThat(session.lastStateOfCharge()).isEqualByComparingTo("30");
        assertThat(session.energy().wattHours()).isEqualTo(900);
    }

    @Test
    void aTokenHasAnActiveSessionFromStartUntilEnd() {
        ChargerIdentity charger = aCharger();
        assertThat(activeSessions.hasActiveSession("ACTIVE-TAG")).isFalse();

        SessionStartResult started = lifecycle.start(ocpp16Start(charger, 1, "ACTIVE-TAG", minutes(0), 0));
        assertThat(activeSessions.hasActiveSession("ACTIVE-TAG")).isTrue();
        assertThat(activeSessions.hasActiveSession("OTHER-TAG")).isFalse();

        lifecycle.end(ocpp16Stop(charger, started.transactionNumber(), minutes(5), 5));
        assertThat(activeSessions.hasActiveSession("ACTIVE-TAG")).isFalse();
    }
}
