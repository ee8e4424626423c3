package io.busbar.uptime;

import io.busbar.api.ApiClient;
import io.busbar.authorization.IdToken;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerWentOffline;
import io.busbar.chargers.ChargerWentOnline;
import io.busbar.chargers.ConnectorStatus;
import io.busbar.chargers.ConnectorStatusChanged;
import io.busbar.chargers.ConnectorStatusReport;
import io.busbar.faults.FaultClosed;
import io.busbar.faults.FaultId;
import io.busbar.faults.FaultOpened;
import io.busbar.faults.FaultSeverity;
import io.busbar.faults.FaultType;
import io.busbar.platform.units.Energy;
import io.busbar.sessions.EndSession;
import io.busbar.sessions.SessionLifecycle;
import io.busbar.sessions.SessionRef;
import io.busbar.sessions.StartSession;
import io.busbar.testing.BusbarTest;
import io.busbar.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 6 acceptance: the SLA report for a simulated month (September 2026) equals a hand-computed expectation, to
 * the second. The month is driven by events stamped from a {@link MutableClock} that is also Busbar's clock.
 *
 * <pre>
 * Site S1: charger UPT-A (EVSE 1 and 2), seen since 31 Aug 23:00, online.   Site S2: UPT-B (EVSE 1), first seen 16 Sep.
 *   3 Sep 10:00-12:00  EVSE 1 Charging (up)                                  20 Sep 00:00-06:00 UPT-B EVSE 1 Faulted
 *   5 Sep 08:00-13:00  EVSE 1 fault CONNECTOR_ERROR/GroundFailure (ERROR) + Faulted status    (PowerMeterFailure, no fault)
 *  10 Sep 08:00-12:00  maintenance window for UPT-A (EVSE 1 Unavailable meanwhile: excluded, not down)
 *  12 Sep 02:00-04:30  UPT-A offline
 *  15 Sep all day      EVSE 2 fault VENDOR_ERROR (WARNING: does not hold the EVSE down)
 *  20 Sep 01:00-02:00  grid outage at S1; UPT-A offline 01:00-02:30 (the last 30 min are down)
 * UPT-NEVER is registered at S1 and never seen.
 * </pre>
 */
@BusbarTest
class UptimeReportTest {
    static final Instant MONTH = Instant.parse("2026-09-01T00:00:00Z");
    static final Instant MONTH_END = Instant.parse("2026-10-01T00:00:00Z");
    static final MutableClock CLOCK = new MutableClock(MONTH.minus(ofHours(1)));
    static final String A = "UPT-A", B = "UPT-B", NEVER = "UPT-NEVER", TOKEN = "UPTIME-CARD-1";

    @TestBean
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    @LocalServerPort
    int port;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    SessionLifecycle sessions;

    ApiClient api;
    static String siteOne, siteTwo;

    @BeforeEach
    void simulateTheMonthOnce() {
        api = ApiClient.admin(port);
        if (siteOne != null) {
            return;
        }
        siteOne = api.post("/api/v1/sites", "{\"name\": \"S1\"}").json().get("id").asString();
        siteTwo = api.post("/api/v1/sites", "{\"name\": \"S2\"}").json().get("id").asString();
        for (String[] charger : new String[][]{{A, siteOne}, {B, siteTwo}, {NEVER, siteOne}}) {
            assertThat(api.post("/api/v1/chargers", "{\"identity\": \"%s\", \"siteId\": \"%s\"}"
                    .formatted(charger[0], charger[1])).status()).isEqualTo(201);
        }
        assertThat(api.post("/api/v1/id-tokens", "{\"value\": \"" + TOKEN + "\"}").status()).isEqualTo(201);

        // 31 Aug 23:00: UPT-A connects and reports both EVSEs Available (the month boundary cuts these intervals).
        publish(new ChargerWentOnline(id(A), CLOCK.instant()));
        status(A, 1, ConnectorStatus.AVAILABLE, null);
        status(A, 2, ConnectorStatus.AVAILABLE, null);

        at("2026-09-03T10:00:00Z");
        status(A, 1, ConnectorStatus.CHARGING, null);
        var session1 = start(A, 1);
        at("2026-09-03T12:00:00Z");
        end(A, session1, 10_000, "Local");
        status(A, 1, ConnectorStatus.AVAILABLE, null);

        at("2026-09-05T07:00:00Z");
        var session2 = start(A, 1);
        at("2026-09-05T08:00:00Z");
        end(A, session2, 2_000, "EmergencyStop");
        FaultId groundFailure = new FaultId(UUID.randomUUID());
        publish(new FaultOpened(groundFailure, id(A), 1, FaultType.CONNECTOR_ERROR, FaultSeverity.ERROR,
                "GroundFailure", "Ground failure", CLOCK.instant()));
        status(A, 1, ConnectorStatus.FAULTED, "GroundFailure");
        at("2026-09-05T13:00:00Z");
        status(A, 1, ConnectorStatus.AVAILABLE, null);
        publish(new FaultClosed(groundFailure, id(A), 1, FaultType.CONNECTOR_ERROR, FaultSeverity.ERROR,
                Instant.parse("2026-09-05T08:00:00Z"), CLOCK.instant(), "recovered"));

        at("2026-09-08T09:00:00Z");
        var session3 = start(A, 2);
        at("2026-09-08T09:05:00Z");
        end(A, session3, 0, "EVDisconnected");

        assertThat(api.post("/api/v1/maintenance-windows", """
                {"chargerId": "UPT-A", "from": "2026-09-10T08:00:00Z", "to": "2026-09-10T12:00:00Z",
                 "reason": "Annual inspection"}""").status()).isEqualTo(201);
        at("2026-09-10T08:00:00Z");
        status(A, 1, ConnectorStatus.UNAVAILABLE, null);
        at("2026-09-10T12:00:00Z");
        status(A, 1, ConnectorStatus.AVAILABLE, null);

        at("2026-09-12T02:00:00Z");
        publish(new ChargerWentOffline(id(A), "ping timeout", CLOCK.instant()));
        at("2026-09-12T04:30:00Z");
        publish(new ChargerWentOnline(id(A), CLOCK.instant()));

        at("2026-09-15T00:00:00Z");
        FaultId warning = new FaultId(UUID.randomUUID());
        publish(new FaultOpened(warning, id(A), 2, FaultType.VENDOR_ERROR, FaultSeverity.WARNING, "W17",
                "High temperature", CLOCK.instant()));
        at("2026-09-16T00:00:00Z");
        publish(new FaultClosed(warning, id(A), 2, FaultType.VENDOR_ERROR, FaultSeverity.WARNING,
                Instant.parse("2026-09-15T00:00:00Z"), CLOCK.instant(), "cleared"));
        status(B, 1, ConnectorStatus.AVAILABLE, null);

        at("2026-09-18T15:00:00Z");
        var session5 = start(B, 1);
        at("2026-09-18T16:00:00Z");
        end(B, session5, 25_000, "EVDisconnected");

        assertThat(api.post("/api/v1/grid-outages", """
                {"siteId": "%s", "from": "2026-09-20T01:00:00Z", "to": "2026-09-20T02:00:00Z",
                 "reason": "DSO outage"}""".formatted(siteOne)).status()).isEqualTo(201);
        at("2026-09-20T00:00:00Z");
        status(B, 1, ConnectorStatus.FAULTED, "PowerMeterFailure");
        at("2026-09-20T01:00:00Z");
        publish(new ChargerWentOffline(id(A), "power loss", CLOCK.instant()));
        at("2026-09-20T02:30:00Z");
        publish(new ChargerWentOnline(id(A), CLOCK.instant()));
        at("2026-09-20T06:00:00Z");
        status(B, 1, ConnectorStatus.AVAILABLE, null);

        at("2026-09-25T18:00:00Z");
        var session4 = start(A, 2);
        at("2026-09-25T19:00:00Z");
        end(A, session4, 30_000, "Remote");

        at("2026-09-30T23:00:00Z");
        start(B, 1); // still charging at the end of the month: in progress, not judged

        at("2026-10-02T00:00:00Z");
    }

    @Test
    void theMonthlyReportMatchesTheHandComputedExpectation() {
        Duration month = ofDays(30);
        // UPT-A EVSE 1: 4 h maintenance + 1 h grid outage excluded; 5 h fault + 2 h 30 + 30 min offline down.
        Duration excluded = ofHours(4).plus(ofHours(1));
        Duration evse1Down = ofHours(5).plus(ofHours(2)).plus(ofMinutes(30)).plus(ofMinutes(30));
        // UPT-A EVSE 2: the same exclusions; only the offline time is down (the WARNING fault does not count).
        Duration evse2Down = ofHours(2).plus(ofMinutes(30)).plus(ofMinutes(30));
        // UPT-B EVSE 1: first seen 16 Sep, so 15 days unmonitored; 6 h Faulted; the S1 grid outage does not apply.
        Duration bMonitored = ofDays(15);
        Duration bDown = ofHours(6);

        JsonNode report = awaitReport("/api/v1/uptime?from=2026-09-01T00:00:00Z&to=2026-10-01T00:00:00Z&target=99.0",
                r -> r.get("network").get("chargeSuccess").get("attempted").asInt() == 5
                        && r.get("network").get("monitoredSeconds").asLong() == 2 * month.toSeconds() + bMonitored.toSeconds()
                        && r.get("network").get("downSeconds").asLong() == evse1Down.plus(evse2Down).plus(bDown).toSeconds());

        JsonNode evse1 = evse(report, A, 1);
        assertFigures(evse1, month, excluded, evse1Down, Duration.ZERO);
        assertThat(evse1.get("uptimePercent").decimalValue())
                .isEqualByComparingTo(percent(month.minus(excluded).minus(evse1Down), month.minus(excluded)));
        assertThat(evse1.get("targetMet").asBoolean()).isFalse(); // 707/715 = 98.88 %
        assertThat(causes(evse1)).containsExactly("CONNECTOR_ERROR/GroundFailure=" + ofHours(5).toSeconds(),
                "OFFLINE/null=" + ofHours(3).toSeconds());
        assertThat(evse1.get("chargeSuccess").get("attempted").asInt()).isEqualTo(2);
        assertThat(evse1.get("chargeSuccess").get("succeeded").asInt()).isEqualTo(1); // the EmergencyStop failed

        JsonNode evse2 = evse(report, A, 2);
        assertFigures(evse2, month, excluded, evse2Down, Duration.ZERO);
        assertThat(evse2.get("uptimePercent").decimalValue())
                .isEqualByComparingTo(percent(month.minus(excluded).minus(evse2Down), month.minus(excluded)));
        assertThat(evse2.get("targetMet").asBoolean()).isTrue(); // 712/715 = 99.58 %
        assertThat(evse2.get("chargeSuccess").get("ratePercent").decimalValue()).isEqualByComparingTo("50.00"); // no energy

        JsonNode b1 = evse(report, B, 1);
        assertFigures(b1, bMonitored, Duration.ZERO, bDown, month.minus(bMonitored));
        assertThat(b1.get("uptimePercent").decimalValue()).isEqualByComparingTo(percent(bMonitored.minus(bDown), bMonitored));
        assertThat(causes(b1)).containsExactly("STATUS_FAULTED/PowerMeterFailure=" + bDown.toSeconds());
        assertThat(b1.get("chargeSuccess").get("inProgress").asInt()).isEqualTo(1);

        JsonNode s1 = site(report, siteOne);
        assertThat(s1.get("upSeconds").asLong()).isEqualTo(
                month.minus(excluded).minus(evse1Down).plus(month.minus(excluded).minus(evse2Down)).toSeconds());
        assertThat(s1.get("uptimePercent").decimalValue()).isEqualByComparingTo(percent(
                month.minus(excluded).minus(evse1Down).plus(month.minus(excluded).minus(evse2Down)),
                month.minus(excluded).multipliedBy(2)));
        assertThat(s1.get("targetMet").asBoolean()).isTrue(); // 1419/1430 = 99.23 %

        JsonNode network = report.get("network");
        Duration networkUp = month.minus(excluded).minus(evse1Down).plus(month.minus(excluded).minus(evse2Down))
                .plus(bMonitored.minus(bDown));
        Duration networkCounted = month.minus(excluded).multipliedBy(2).plus(bMonitored);
        assertThat(network.get("upSeconds").asLong()).isEqualTo(networkUp.toSeconds());
        assertThat(network.get("excludedSeconds").asLong()).isEqualTo(excluded.multipliedBy(2).toSeconds());
        assertThat(network.get("uptimePercent").decimalValue()).isEqualByComparingTo(percent(networkUp, networkCounted));
        assertThat(network.get("targetMet").asBoolean()).isTrue(); // 1773/1790 = 99.05 %
        assertThat(causes(network)).containsExactly("OFFLINE/null=" + ofHours(6).toSeconds(),
                "STATUS_FAULTED/PowerMeterFailure=" + ofHours(6).toSeconds(),
                "CONNECTOR_ERROR/GroundFailure=" + ofHours(5).toSeconds());
        // 3 of 5 ended sessions succeeded: the emergency stop and the one without energy did not.
        assertThat(network.get("chargeSuccess").get("succeeded").asInt()).isEqualTo(3);
        assertThat(network.get("chargeSuccess").get("ratePercent").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(report.get("chargersWithoutData").valueStream().map(JsonNode::asString)).containsExactly(NEVER);
    }

    @Test
    void aPeriodBoundaryCutsTheIntervalsItFallsIn() {
        // 5 Sep 10:00-12:00 lies inside the fault (08:00-13:00) and inside EVSE 2's Available interval.
        JsonNode report = awaitReport("/api/v1/uptime?from=2026-09-05T10:00:00Z&to=2026-09-05T12:00:00Z&chargerId=UPT-A",
                r -> r.get("network").get("downSeconds").asLong() == ofHours(2).toSeconds());
        JsonNode evse1 = evse(report, A, 1);
        assertFigures(evse1, ofHours(2), Duration.ZERO, ofHours(2), Duration.ZERO);
        assertThat(evse1.get("uptimePercent").decimalValue()).isEqualByComparingTo("0");
        assertThat(evse(report, A, 2).get("uptimePercent").decimalValue()).isEqualByComparingTo("100");

        // A period reaching past the present counts only up to the present (Busbar's clock: 2 Oct 00:00).
        JsonNode future = api.get("/api/v1/uptime?from=2026-09-30T00:00:00Z&to=2026-10-05T00:00:00Z&chargerId=UPT-A").json();
        assertThat(future.get("measuredUntil").asString()).isEqualTo("2026-10-02T00:00:00Z");
        assertThat(evse(future, A, 1).get("monitoredSeconds").asLong()).isEqualTo(ofDays(2).toSeconds());
    }

    @Test
    void aChargerNeverSeenHasNoFiguresButIsListed() {
        JsonNode report = api.get("/api/v1/uptime?from=2026-09-01T00:00:00Z&to=2026-10-01T00:00:00Z&chargerId=UPT-NEVER").json();
        assertThat(report.get("evses").isEmpty()).isTrue();
        assertThat(report.get("chargersWithoutData").get(0).asString()).isEqualTo(NEVER);
        // Absent (null) when nothing was measured.
        assertThat(report.get("network").has("uptimePercent")).isFalse();
        assertThat(report.get("network").has("targetMet")).isFalse();

        assertThat(api.get("/api/v1/uptime?from=2026-09-01T00:00:00Z&to=2026-10-01T00:00:00Z&chargerId=NOPE").status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/uptime?from=2026-10-01T00:00:00Z&to=2026-09-01T00:00:00Z").status()).isEqualTo(400);
    }

    @Test
    void theTargetFlagComparesUptimeWithTheTarget() {
        String period = "/api/v1/uptime?from=2026-09-01T00:00:00Z&to=2026-10-01T00:00:00Z&chargerId=UPT-A&target=";
        awaitReport(period + "99", r -> r.get("network").get("chargeSuccess").get("attempted").asInt() == 4);
        // EVSE 1 is at 98.8811 %.
        assertThat(evse(api.get(period + "98.88").json(), A, 1).get("targetMet").asBoolean()).isTrue();
        assertThat(evse(api.get(period + "98.8811").json(), A, 1).get("targetMet").asBoolean()).isTrue();
        assertThat(evse(api.get(period + "98.89").json(), A, 1).get("targetMet").asBoolean()).isFalse();
        assertThat(api.get(period + "101").status()).isEqualTo(400);
    }

    @Test
    void eventsRecordedOutOfOrderGiveTheSameIntervals() {
        assertThat(api.post("/api/v1/chargers", "{\"identity\": \"UPT-C\", \"siteId\": \"%s\"}"
                .formatted(siteTwo)).status()).isEqualTo(201);
        // Listeners run asynchronously: a late report (03:00, published last) must still split the interval.
        statusAt("UPT-C", "2026-10-01T00:00:00Z", ConnectorStatus.AVAILABLE);
        statusAt("UPT-C", "2026-10-01T06:00:00Z", ConnectorStatus.AVAILABLE);
        publish(new ChargerWentOffline(id("UPT-C"), "gone", Instant.parse("2026-10-01T10:00:00Z")));
        publish(new ChargerWentOnline(id("UPT-C"), Instant.parse("2026-10-01T09:00:00Z")));
        statusAt("UPT-C", "2026-10-01T03:00:00Z", ConnectorStatus.FAULTED);

        JsonNode report = awaitReport("/api/v1/uptime?from=2026-10-01T00:00:00Z&to=2026-10-01T12:00:00Z&chargerId=UPT-C",
                r -> r.get("network").get("downSeconds").asLong() == ofHours(5).toSeconds());
        assertThat(causes(evse(report, "UPT-C", 1))).containsExactly("STATUS_FAULTED/null=" + ofHours(3).toSeconds(),
                "OFFLINE/null=" + ofHours(2).toSeconds());
    }

    @Test
    void maintenanceWindowsAndGridOutagesAreValidatedListedAndDeleted() {
        assertThat(api.post("/api/v1/maintenance-windows", """
                {"chargerId": "UPT-A", "from": "2026-09-10T12:00:00Z", "to": "2026-09-10T08:00:00Z"}""").status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/maintenance-windows", """
                {"chargerId": "UPT-A", "siteId": "%s", "from": "2026-09-10T08:00:00Z", "to": "2026-09-10T12:00:00Z"}"""
                .formatted(siteOne)).status()).isEqualTo(400);
        assertThat(api.post("/api/v1/grid-outages", """
                {"chargerId": "UPT-A", "from": "2026-09-10T08:00:00Z", "to": "2026-09-10T12:00:00Z"}""").status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/maintenance-windows", """
                {"chargerId": "NOPE", "from": "2026-09-10T08:00:00Z", "to": "2026-09-10T12:00:00Z"}""").status())
                .isEqualTo(404);

        var created = api.post("/api/v1/grid-outages", """
                {"siteId": "%s", "from": "2026-11-01T00:00:00Z", "to": "2026-11-01T01:00:00Z"}""".formatted(siteTwo));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(api.get("/api/v1/grid-outages?from=2026-11-01T00:30:00Z&to=2026-11-02T00:00:00Z").json()
                .get("items").valueStream().map(i -> i.get("id").asString())).containsExactly(id);
        assertThat(api.get("/api/v1/maintenance-windows").json().get("items").size()).isEqualTo(1);
        assertThat(api.delete("/api/v1/maintenance-windows/" + id).status()).isEqualTo(404); // a grid outage
        assertThat(api.delete("/api/v1/grid-outages/" + id).status()).isEqualTo(204);
        assertThat(api.delete("/api/v1/grid-outages/" + id).status()).isEqualTo(404);
    }

    // --- the simulated month -------------------------------------------------------------------------------------

    private static ChargerIdentity id(String identity) {
        return new ChargerIdentity(identity);
    }

    private static void at(String instant) {
        Instant target = Instant.parse(instant);
        CLOCK.advance(Duration.between(CLOCK.instant(), target));
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private void status(String charger, int evse, ConnectorStatus status, String errorCode) {
        publish(new ConnectorStatusChanged(new ConnectorStatusReport(id(charger), evse, 1, status, errorCode, null,
                null, null, CLOCK.instant()), null));
    }

    private void statusAt(String charger, String at, ConnectorStatus status) {
        publish(new ConnectorStatusChanged(new ConnectorStatusReport(id(charger), 1, 1, status, null, null, null, null,
                Instant.parse(at)), null));
    }

    private SessionRef start(String charger, int evse) {
        long number = sessions.start(new StartSession(id(charger), evse, 1, IdToken.of(TOKEN), CLOCK.instant(),
                Energy.ofWattHours(100_000), null, null, List.of())).transactionNumber();
        return new SessionRef.ByTransactionNumber(number);
    }

    private void end(String charger, SessionRef session, long wattHours, String reason) {
        sessions.end(new EndSession(id(charger), session, CLOCK.instant(), Energy.ofWattHours(100_000 + wattHours),
                reason, null, null, null, List.of()));
    }

    // --- reading the report --------------------------------------------------------------------------------------

    private JsonNode awaitReport(String path, java.util.function.Predicate<JsonNode> complete) {
        JsonNode[] report = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var response = api.get(path);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            report[0] = response.json();
            return complete.test(report[0]);
        });
        return report[0];
    }

    private static JsonNode evse(JsonNode report, String charger, int evse) {
        return report.get("evses").valueStream()
                .filter(e -> e.get("chargerId").asString().equals(charger) && e.get("evseId").asInt() == evse)
                .findFirst().orElseThrow(() -> new AssertionError("No " + charger + "/" + evse + " in " + report))
                .get("figures");
    }

    private static JsonNode site(JsonNode report, String site) {
        return report.get("sites").valueStream().filter(s -> s.get("siteId").asString().equals(site))
                .findFirst().orElseThrow().get("figures");
    }

    private static List<String> causes(JsonNode figures) {
        return figures.get("costliest").valueStream()
                .map(c -> c.get("cause").asString() + "/" + (c.path("code").isMissingNode() || c.path("code").isNull() ? "null" : c.get("code").asString())
                        + "=" + c.get("downSeconds").asLong())
                .toList();
    }

    private static void assertFigures(JsonNode figures, Duration monitored, Duration excluded, Duration down,
                                      Duration unmonitored) {
        assertThat(figures.get("monitoredSeconds").asLong()).as("monitored").isEqualTo(monitored.toSeconds());
        assertThat(figures.get("excludedSeconds").asLong()).as("excluded").isEqualTo(excluded.toSeconds());
        assertThat(figures.get("downSeconds").asLong()).as("down").isEqualTo(down.toSeconds());
        assertThat(figures.get("upSeconds").asLong()).as("up").isEqualTo(monitored.minus(excluded).minus(down).toSeconds());
        assertThat(figures.get("unmonitoredSeconds").asLong()).as("unmonitored").isEqualTo(unmonitored.toSeconds());
    }

    /** up / counted in percent, as the report rounds it (4 decimals, half-even). */
    private static BigDecimal percent(Duration up, Duration counted) {
        return BigDecimal.valueOf(up.toSeconds()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(counted.toSeconds()), 4, RoundingMode.HALF_EVEN);
    }
}
