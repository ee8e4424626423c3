package io.busbar.chargers;

import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@BusbarTest
@RecordApplicationEvents
class ConnectorStatusesTest {
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    @Autowired
    ConnectorStatuses statuses;
    @Autowired
    ChargerRegistry registry;
    @Autowired
    ApplicationEvents events;
    @Autowired
    JdbcClient jdbc;

    @Test
    void lateOfflineQueuedReportGoesToHistoryButDoesNotOverrideTheCurrentStatus() {
        ChargerIdentity identity = registered("CP-LATE");
        statuses.report(report(identity, 1, ConnectorStatus.CHARGING, T0.plusSeconds(120)));

        statuses.report(report(identity, 1, ConnectorStatus.PREPARING, T0.plusSeconds(60)));

        Charger.Connector connector = registry.find(identity).orElseThrow().evses().getFirst().connectors().getFirst();
        assertThat(connector.status()).isEqualTo(ConnectorStatus.CHARGING);
        assertThat(connector.statusAt()).isEqualTo(T0.plusSeconds(120));
        assertThat(historyOf(identity)).extracting(row -> row.get("status"))
                .containsExactly("PREPARING", "CHARGING");
    }

    @Test
    void everyReportIsKeptWithErrorAndVendorCodesVerbatim() {
        ChargerIdentity identity = registered("CP-FAULTY");
        statuses.report(new ConnectorStatusReport(identity, 2, 1, ConnectorStatus.FAULTED, "GroundFailure",
                "com.example.vendor", "E-0x1F", "RCD tripped", T0));
        statuses.report(new ConnectorStatusReport(identity, 2, 1, ConnectorStatus.AVAILABLE, "NoError", null, null,
                null, T0.plusSeconds(30)));

        assertThat(historyOf(identity)).containsExactly(
                Map.of("status", "FAULTED", "error_code", "GroundFailure", "vendor_id", "com.example.vendor",
                        "vendor_error_code", "E-0x1F", "info", "RCD tripped"),
                Map.of("status", "AVAILABLE", "error_code", "NoError"));
        Charger.Connector connector = registry.find(identity).orElseThrow().evses().getFirst().connectors().getFirst();
        assertThat(connector.status()).isEqualTo(ConnectorStatus.AVAILABLE);
        assertThat(connector.vendorErrorCode()).isNull();
    }

    @Test
    void changeIsPublishedOnlyWhenTheCurrentStatusChanges() {
        ChargerIdentity identity = registered("CP-EVENTS");
        statuses.report(report(identity, 1, ConnectorStatus.AVAILABLE, T0));
        statuses.report(report(identity, 1, ConnectorStatus.AVAILABLE, T0.plusSeconds(10)));
        statuses.report(report(identity, 1, ConnectorStatus.PREPARING, T0.plusSeconds(20)));
        statuses.report(report(identity, 1, ConnectorStatus.FAULTED, T0.plusSeconds(5)));

        assertThat(events.stream(ConnectorStatusChanged.class))
                .extracting(changed -> changed.report().status(), ConnectorStatusChanged::previous)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ConnectorStatus.AVAILABLE, null),
                        org.assertj.core.groups.Tuple.tuple(ConnectorStatus.PREPARING, ConnectorStatus.AVAILABLE));
    }

    @Test
    void chargerLevelStatusIsEvseZeroConnectorZeroAndEvsesAreListedInOrder() {
        ChargerIdentity identity = registered("CP-WHOLE");
        statuses.report(report(identity, 2, ConnectorStatus.AVAILABLE, T0));
        statuses.report(new ConnectorStatusReport(identity, 0, 0, ConnectorStatus.UNAVAILABLE, null, null, null,
                null, T0));
        statuses.report(report(identity, 1, ConnectorStatus.CHARGING, T0));

        List<Charger.Evse> evses = registry.find(identity).orElseThrow().evses();
        assertThat(evses).extracting(Charger.Evse::evseId).containsExactly(0, 1, 2);
        assertThat(evses.getFirst().connectors()).singleElement()
                .extracting(Charger.Connector::connectorId, Charger.Connector::status)
                .containsExactly(0, ConnectorStatus.UNAVAILABLE);
    }

    @Test
    void reportForAChargerNeverSeenIsRefusedAndNothingIsStored() {
        ChargerIdentity identity = new ChargerIdentity("CP-GHOST");

        assertThatThrownBy(() -> statuses.report(report(identity, 1, ConnectorStatus.AVAILABLE, T0)))
                .isInstanceOf(ChargerNotFoundException.class);
        assertThat(historyOf(identity)).isEmpty();
    }

    @Test
    void connectorZeroOnARealEvseIsRefused() {
        ChargerIdentity identity = registered("CP-BAD-INPUT");

        assertThatThrownBy(() -> statuses.report(new ConnectorStatusReport(identity, 1, 0, ConnectorStatus.AVAILABLE,
                null, null, null, null, T0))).isInstanceOf(IllegalArgumentException.class);
    }

    private static ConnectorStatusReport report(ChargerIdentity identity, int evseId, ConnectorStatus status, Instant at) {
        return new ConnectorStatusReport(identity, evseId, 1, status, null, null, null, null, at);
    }

    /** The stored history, oldest report first, with null columns left out. */
    private List<Map<String, Object>> historyOf(ChargerIdentity identity) {
        return jdbc.sql("""
                        SELECT status, error_code, vendor_id, vendor_error_code, info FROM connector_status_events
                         WHERE charger = :charger ORDER BY reported_at, id""")
                .param("charger", identity.value())
                .query()
                .listOfRows()
                .stream()
                .map(row -> {
                    Map<String, Object> present = new java.util.LinkedHashMap<>(row);
                    present.values().removeIf(java.util.Objects::isNull);
                    return present;
                })
                .toList();
    }

    private ChargerIdentity registered(String value) {
        ChargerIdentity identity = new ChargerIdentity(value);
        registry.register(new RegisterCharger(identity, null, null, null));
        return identity;
    }
}
