package io.busbar.api.tenancy;

import io.busbar.api.ApiClient;
import io.busbar.diagnostics.FirmwareImage;
import io.busbar.diagnostics.FirmwareImages;
import io.busbar.diagnostics.NewFirmwareImage;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.simulator.chargepoint.SimulatedFaults;
import io.busbar.tariffs.PriceComponent;
import io.busbar.tariffs.Tariff;
import io.busbar.tariffs.TariffElement;
import io.busbar.tariffs.TariffJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The charging operations of tenant A, on A's charger {@code A-CP-1} (of {@link CoreFixture}) connected as a
 * simulated OCPP 1.6 charger: a reservation, a session with readings, commands, a fault, a firmware image and update,
 * a log upload, a bulk job, a configuration template and its drift report, a playbook and a run of it, a ticket, a
 * maintenance window, a grid outage and the site's topology.
 */
final class OperationsFixture implements TenantFixture {
    private static final String PASSWORD = "a-ops-charger-password";
    private static final String CHARGER = "A-CP-1";
    private static final String CARD = "A-OPS-CARD";
    private static final Duration WAIT = Duration.ofSeconds(20);

    /** Kept online for the whole test: settings and drift are read from the live charger. */
    private SimulatedChargePoint charger;

    @Override
    public void seed(CrossTenantSeed seed) {
        ApiClient a = seed.a;
        String site = seed.ids.get("sites/{id}");
        assertThat(site).as("CoreFixture runs first").isNotNull();
        connect(seed);

        siteTariff(seed, site);
        reservationAndSession(seed);
        seed.id("commands/{id}", a.get("/api/v1/chargers/" + CHARGER + "/commands").json()
                .get("items").get(0).get("id").asString());
        String fault = fault(seed);
        logUpload(seed);
        firmware(seed);
        bulkJob(seed);
        templateAndDrift(seed);
        playbookAndRun(seed, site, fault);
        exclusionsAndTickets(seed, site);
        topology(seed, site);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        seed.request("GET /api/v1/uptime", "?from=" + now.minus(Duration.ofDays(1)) + "&to=" + now.plusSeconds(60));
    }

    private void connect(CrossTenantSeed seed) {
        ApiClient.Response password = seed.a.put("/api/v1/chargers/" + CHARGER + "/password",
                "{\"password\": \"" + PASSWORD + "\"}");
        assertThat(password.status()).as(password.body()).isBetween(200, 204);
        charger = SimulatedChargePoint.builder("ws://localhost:" + seed.port + "/ocpp", CHARGER, OcppVersion.V16)
                .password(PASSWORD).connect();
        try {
            assertThat(charger.boot().get(10, TimeUnit.SECONDS).status()).isEqualTo("Accepted");
            charger.statusNotification(1, 1, "Available").get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("A's charger did not boot", e);
        }
    }

    /**
     * A session's cost needs the tariff that applied at its start: A's site gets one (SITE scope, so an EVSE-scoped
     * assignment by the billing group's fixture does not collide with it).
     */
    private static void siteTariff(CrossTenantSeed seed, String site) {
        Tariff tariff = Tariff.of("a-ops-site", "EUR", TariffElement.of(PriceComponent.energy("0.30").withVat("19")));
        seed.create("/api/v1/tariffs", TariffJson.write(tariff), "id");
        seed.create("/api/v1/tariff-assignments", """
                {"tariffId": "a-ops-site", "scope": "SITE", "target": "%s", "validFrom": "2020-01-01T00:00:00Z"}"""
                .formatted(site), "id");
    }

    private void reservationAndSession(CrossTenantSeed seed) {
        String reservation = seed.create("/api/v1/chargers/" + CHARGER + "/reservations", """
                {"evseId": 1, "idToken": "%s", "minutes": 30}""".formatted(CARD), "id");
        // Not a marker: a small integer would match any list. A's reservations show A's charger, a marker already.
        seed.ids.put("reservations/{id}", reservation);
        try {
            int tx = charger.startTransaction(1, CARD, 1_000).get(10, TimeUnit.SECONDS).transactionId();
            assertThat(tx).isPositive();
        } catch (Exception e) {
            throw new IllegalStateException("A's session did not start", e);
        }
        JsonNode sessions = await().atMost(WAIT).until(
                () -> seed.a.get("/api/v1/sessions?chargerId=" + CHARGER).json().get("items"),
                items -> items.size() == 1);
        seed.id("sessions/{id}", sessions.get(0).get("id").asString());
    }

    private String fault(CrossTenantSeed seed) {
        charger.faults().faulted(1, SimulatedFaults.Cure.NONE);
        JsonNode faults = await().atMost(WAIT).until(
                () -> seed.a.get("/api/v1/faults?chargerId=" + CHARGER).json().get("items"), items -> !items.isEmpty());
        String fault = faults.get(0).get("id").asString();
        seed.id("faults/{id}", fault);
        return fault;
    }

    /** The image is stored through the module (the API takes multipart, which the JSON test client does not send). */
    private void firmware(CrossTenantSeed seed) {
        FirmwareImage image = seed.bean(FirmwareImages.class).store(seed.tenantA,
                new NewFirmwareImage("A-firmware-hidden", "9.9.9", null, null, "a.bin"),
                new ByteArrayInputStream("A's firmware".getBytes(StandardCharsets.UTF_8)));
        seed.id("firmware/{id}", image.id().toString());
        // Installing would reboot A's charger, which the rest of the test reads online.
        charger.firmware().failInstallation();
        seed.markers.add("A-firmware-hidden");
        seed.id("firmware-updates/{id}", seed.create("/api/v1/chargers/" + CHARGER + "/firmware-updates",
                "{\"imageId\": \"" + image.id() + "\"}", "id"));
    }

    private void logUpload(CrossTenantSeed seed) {
        String request = seed.create("/api/v1/chargers/" + CHARGER + "/logs", "{\"logType\": \"DiagnosticsLog\"}", "id");
        seed.id("log-requests/{id}", request);
        JsonNode files = await().atMost(WAIT).until(
                () -> seed.a.get("/api/v1/log-requests/" + request).json().get("files"),
                received -> received != null && !received.isEmpty());
        seed.id("logs/{id}", files.get(0).get("id").asString());
    }

    private void bulkJob(CrossTenantSeed seed) {
        String body = """
                {"target": {"identities": ["%s"]}, "action": {"kind": "COMMAND", "command": "ClearCache",
                 "arguments": {}}}""".formatted(CHARGER);
        ApiClient.Response started = seed.a.post("/api/v1/bulk-jobs", body);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        seed.id("bulk-jobs/{id}", started.json().get("id").asString());
        seed.request("POST /api/v1/bulk-jobs", body);
    }

    private void templateAndDrift(CrossTenantSeed seed) {
        String body = """
                {"name": "A-template-hidden", "chargers": ["%s"], "settings": {"HeartbeatInterval": "300"},
                 "autoCorrect": false}""".formatted(CHARGER);
        seed.id("configuration-templates/{id}", seed.create("/api/v1/configuration-templates", body, "id"));
        seed.markers.add("A-template-hidden");
        seed.request("POST /api/v1/configuration-templates", body.replace("A-template-hidden", "B-template"));
        ApiClient.Response checked = seed.a.post("/api/v1/chargers/" + CHARGER + "/drift-check", "{}");
        assertThat(checked.status()).as(checked.body()).isBetween(200, 202);
    }

    /** Self-healing is off in tests (it would act on other tests' faults): the run is recorded as the runner does. */
    private void playbookAndRun(CrossTenantSeed seed, String site, String fault) {
        String body = """
                {"faultType": "CONNECTOR_ERROR", "siteId": "%s", "steps": [{"step": "CALL_HUMAN"}]}""".formatted(site);
        ApiClient.Response saved = seed.a.put("/api/v1/playbooks", body);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        String playbook = saved.json().get("id").asString();
        seed.id("playbooks/{id}", playbook);
        seed.request("PUT /api/v1/playbooks", body);
        UUID run = UUID.randomUUID();
        seed.bean(JdbcClient.class).sql("""
                        INSERT INTO playbook_runs (id, fault_id, charger, evse_id, fault_type, severity, playbook_id,
                                                   playbook_version, state, started_at)
                        VALUES (:id, :fault, :charger, 1, 'CONNECTOR_ERROR', 'ERROR', :playbook, 1, 'RUNNING', now())""")
                .param("id", run).param("fault", UUID.fromString(fault)).param("charger", CHARGER)
                .param("playbook", UUID.fromString(playbook)).update();
        seed.id("playbook-runs/{id}", run.toString());
    }

    private void exclusionsAndTickets(CrossTenantSeed seed, String site) {
        Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(2));
        Instant to = from.plus(Duration.ofHours(1));
        String window = """
                {"chargerId": "%s", "from": "%s", "to": "%s", "reason": "A-window-hidden"}""".formatted(CHARGER, from, to);
        seed.id("maintenance-windows/{id}", seed.create("/api/v1/maintenance-windows", window, "id"));
        seed.markers.add("A-window-hidden");
        seed.request("POST /api/v1/maintenance-windows", window);
        String outage = """
                {"siteId": "%s", "from": "%s", "to": "%s", "reason": "A-outage-hidden"}""".formatted(site, from, to);
        seed.id("grid-outages/{id}", seed.create("/api/v1/grid-outages", outage, "id"));
        seed.markers.add("A-outage-hidden");
        seed.request("POST /api/v1/grid-outages", outage);
        String ticket = """
                {"charger": "%s", "evseId": 1, "title": "A-ticket-hidden"}""".formatted(CHARGER);
        seed.id("tickets/{id}", seed.create("/api/v1/tickets", ticket, "id"));
        seed.markers.add("A-ticket-hidden");
        seed.request("POST /api/v1/tickets", ticket);
    }

    private void topology(CrossTenantSeed seed, String site) {
        ApiClient.Response stored = seed.a.put("/api/v1/sites/" + site + "/topology", """
                {"grid": {"id": "grid", "limits": {"l1": 64, "l2": 64, "l3": 64}},
                 "evses": [{"charger": "%s", "evseId": 1, "wiring": {"type": "THREE_PHASE"}, "maxCurrentA": 32}]}"""
                .formatted(CHARGER));
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
    }
}
