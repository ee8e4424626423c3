package io.busbar.api;

import io.busbar.authorization.AuthorizationStatus;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.platform.units.Energy;
import io.busbar.sessions.MeterReading;
import io.busbar.sessions.Session;
import io.busbar.sessions.SessionId;
import io.busbar.sessions.SessionQueries;
import io.busbar.sessions.SessionState;
import io.busbar.tenants.TenantId;
import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@BusbarTest
class SessionsApiTest extends ApiTestSupport {
    static final Instant START = Instant.parse("2025-03-01T08:00:00Z");
    static final Instant END = Instant.parse("2025-03-01T09:30:00Z");

    @Test
    void showsASessionWithEnergyInWattHoursAndTheTokenMasked() {
        Session session = anEndedSession();
        when(sessions.find(session.id())).thenReturn(Optional.of(session));

        JsonNode json = api().get("/api/v1/sessions/" + session.id()).json();

        assertThat(json.get("id").asString()).isEqualTo(session.id().toString());
        assertThat(json.get("chargerId").asString()).isEqualTo("CP-0042");
        assertThat(json.get("idToken").asString()).isEqualTo("**********E6F7");
        assertThat(json.get("state").asString()).isEqualTo("ENDED");
        assertThat(json.get("startedAt").asString()).isEqualTo("2025-03-01T08:00:00Z");
        assertThat(json.get("endedAt").asString()).isEqualTo("2025-03-01T09:30:00Z");
        assertThat(json.get("meterStartWh").asLong()).isEqualTo(1_200_000);
        assertThat(json.get("meterStopWh").asLong()).isEqualTo(1_212_345);
        assertThat(json.get("energyWh").asLong()).isEqualTo(12_345);
        assertThat(json.get("stopReason").asString()).isEqualTo("EVDisconnected");
        assertThat(json.get("stateOfCharge").decimalValue()).isEqualByComparingTo("80.5");
        assertThat(json.get("transactionNumber").asLong()).isEqualTo(1017);
    }

    @Test
    void listsNewestFirstWithFiltersAndABeforeCursor() {
        Session newest = anEndedSession();
        Session older = anEndedSession();
        Session oldest = anEndedSession();
        // The platform key's tenant: a caller only ever lists its own tenant's sessions.
        var filter = new SessionQueries.SessionFilter(TenantId.DEFAULT, new ChargerIdentity("CP-0042"),
                "04A2B3C4D5E6F7", SessionState.ENDED, START, END);
        when(sessions.list(filter, null, 3)).thenReturn(List.of(newest, older, oldest));
        when(sessions.list(filter, older.id(), 3)).thenReturn(List.of(oldest));

        String query = "/api/v1/sessions?chargerId=CP-0042&idToken=04A2B3C4D5E6F7&state=ENDED"
                + "&from=2025-03-01T08:00:00Z&to=2025-03-01T09:30:00Z&limit=2";
        JsonNode first = api().get(query).json();
        JsonNode second = api().get(query + "&before=" + first.get("next").asString()).json();

        assertThat(first.get("items").valueStream().map(item -> item.get("id").asString()))
                .containsExactly(newest.id().toString(), older.id().toString());
        assertThat(first.get("next").asString()).isEqualTo(older.id().toString());
        assertThat(second.get("items").get(0).get("id").asString()).isEqualTo(oldest.id().toString());
        assertThat(second.get("next").isNull()).isTrue();
    }

    @Test
    void fromAfterToIsRefused() {
        var response = api().get("/api/v1/sessions?from=2025-03-02T00:00:00Z&to=2025-03-01T00:00:00Z");

        assertProblem(response, 400, "validation-failed", "/api/v1/sessions");
        verify(sessions, never()).list(any(), any(), anyInt());
    }

    @Test
    void aMalformedCursorIsRefused() {
        assertProblem(api().get("/api/v1/sessions?before=yesterday"), 400, "validation-failed", "/api/v1/sessions");
    }

    @Test
    void returnsTheMeterValueTimeSeries() {
        Session session = anEndedSession();
        when(sessions.find(session.id())).thenReturn(Optional.of(session));
        when(sessions.readings(session.id(), MeterReading.ENERGY_ACTIVE_IMPORT_REGISTER)).thenReturn(List.of(
                new MeterReading(START, MeterReading.ENERGY_ACTIVE_IMPORT_REGISTER, null, "Wh", "Transaction.Begin",
                        "Outlet", new BigDecimal("1200000")),
                new MeterReading(END, MeterReading.ENERGY_ACTIVE_IMPORT_REGISTER, "L1", "kWh", "Transaction.End",
                        "Outlet", new BigDecimal("1212.345"))));

        JsonNode items = api().get("/api/v1/sessions/" + session.id()
                + "/meter-values?measurand=Energy.Active.Import.Register").json().get("items");

        assertThat(items.size()).isEqualTo(2);
        assertThat(items.get(0).get("timestamp").asString()).isEqualTo("2025-03-01T08:00:00Z");
        assertThat(items.get(1).get("unit").asString()).isEqualTo("kWh");
        assertThat(items.get(1).get("phase").asString()).isEqualTo("L1");
        assertThat(items.get(1).get("value").decimalValue()).isEqualByComparingTo("1212.345");
    }

    @Test
    void meterValuesOfAnUnknownSessionAre404() {
        SessionId unknown = SessionId.random();
        when(sessions.find(unknown)).thenReturn(Optional.empty());

        String path = "/api/v1/sessions/" + unknown + "/meter-values";
        assertProblem(api().get(path), 404, "session-not-found", path);
    }

    static Session anEndedSession() {
        return new Session(SessionId.random(), new ChargerIdentity("CP-0042"), 1, 1, "**********E6F7", 1017, "b7f1c2",
                SessionState.ENDED, AuthorizationStatus.ACCEPTED, START, END, Energy.ofWattHours(1_200_000),
                Energy.ofWattHours(1_212_345), Energy.ofWattHours(12_345), "EVConnected", "EVDisconnected",
                new BigDecimal("80.5"), END);
    }
}
