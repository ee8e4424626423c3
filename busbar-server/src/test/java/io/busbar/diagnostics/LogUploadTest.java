package io.busbar.diagnostics;

import io.busbar.api.ApiClient;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.chargepoint.ReceivedCall;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.testing.BusbarTest;
import io.busbar.testing.SimulatedChargers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Log uploads over real sockets: GetDiagnostics (OCA TC_045, 1.6) and GetLog (OCPP 2.0.1 N01) with a one-time Busbar
 * upload link; the simulated charger POSTs a generated log there; the file is listed and downloadable unchanged.
 * The upload limit is 16 KB here.
 */
@BusbarTest
class LogUploadTest {
    private static final Path FILES = FirmwareUpdateTest.temporaryDirectory();

    @LocalServerPort
    int port;
    SimulatedChargers chargers;
    ApiClient api;

    @DynamicPropertySource
    static void files(DynamicPropertyRegistry registry) {
        registry.add("busbar.files.directory", FILES::toString);
        registry.add("busbar.files.max-log-size", () -> "16KB");
    }

    @BeforeEach
    void setUp() {
        chargers = new SimulatedChargers(port);
        api = ApiClient.admin(port);
    }

    @AfterEach
    void tearDown() {
        chargers.close();
    }

    @Test
    void TC_045_getDiagnostics() {
        SimulatedChargePoint charger = chargers.booted("LOG-16", OcppVersion.V16);

        var requested = api.post("/api/v1/chargers/LOG-16/logs", """
                {"logType": "DiagnosticsLog", "oldest": "2026-11-26T00:00:00Z", "latest": "2026-11-27T00:00:00Z"}""");

        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        assertThat(requested.json().get("answerStatus").asString()).isEqualTo("Accepted");
        assertThat(requested.json().get("filename").asString()).startsWith("diagnostics-LOG-16-");
        JsonNode sent = onlyCall(charger, "GetDiagnostics");
        String location = sent.get("location").asString();
        assertThat(location).startsWith("http://localhost:" + port + "/uploads/");
        assertThat(sent.get("startTime").asString()).isEqualTo("2026-11-26T00:00:00Z");
        assertThat(sent.get("stopTime").asString()).isEqualTo("2026-11-27T00:00:00Z");

        JsonNode file = awaitUploadedFile(requested.json().get("id").asString());
        assertDownloadable(file, charger.logUpload().lastLog());
        JsonNode listed = api.get("/api/v1/chargers/LOG-16/logs").json().get("items");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("files").get(0).get("id").asString()).isEqualTo(file.get("id").asString());
        // The link is single use.
        HttpResponse<byte[]> again = RawHttp.multipart(location, Map.of(), "again.log", new byte[]{1, 2}, false);
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(RawHttp.text(again)).contains("link-gone");
    }

    @Test
    void N01_getLog() {
        SimulatedChargePoint charger = chargers.booted("LOG-201", OcppVersion.V201);

        var requested = api.post("/api/v1/chargers/LOG-201/logs", """
                {"logType": "SecurityLog", "oldest": "2026-11-20T00:00:00Z", "retries": 1}""");

        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        assertThat(requested.json().get("answerStatus").asString()).isEqualTo("Accepted");
        JsonNode sent = onlyCall(charger, "GetLog");
        assertThat(sent.get("logType").asString()).isEqualTo("SecurityLog");
        assertThat(sent.get("requestId").asInt()).isEqualTo(requested.json().get("requestId").asInt());
        assertThat(sent.get("retries").asInt()).isEqualTo(1);
        assertThat(sent.get("log").get("oldestTimestamp").asString()).isEqualTo("2026-11-20T00:00:00Z");
        String location = sent.get("log").get("remoteLocation").asString();
        assertThat(location).startsWith("http://localhost:" + port + "/uploads/");
        String token = location.substring(location.lastIndexOf('/') + 1);
        var audit = api.get("/api/v1/chargers/LOG-201/commands");
        assertThat(audit.body()).contains("GetLog").contains("/uploads/***").doesNotContain(token);

        JsonNode file = awaitUploadedFile(requested.json().get("id").asString());
        assertThat(file.get("filename").asString()).startsWith("SecurityLog-LOG-201-");
        assertDownloadable(file, charger.logUpload().lastLog());
        assertThat(RawHttp.octetStream("PUT", location, new byte[]{1}, false).statusCode()).isEqualTo(410);
    }

    @Test
    void anOversizedUploadIsRefusedWith413AndTheLinkStaysUsable() {
        SimulatedChargePoint charger = chargers.booted("LOG-BIG", OcppVersion.V201);
        charger.logUpload().logSize(64 * 1024);

        var requested = api.post("/api/v1/chargers/LOG-BIG/logs", "{\"logType\": \"DiagnosticsLog\"}");

        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        String id = requested.json().get("id").asString();
        await().atMost(Duration.ofSeconds(30)).until(
                () -> api.get("/api/v1/log-requests/" + id).json().get("status").asString(), "UPLOAD_FAILED"::equals);
        assertThat(charger.logUpload().lastUploadStatus()).isEqualTo(413);
        assertThat(api.get("/api/v1/log-requests/" + id).json().get("files")).isEmpty();
        // Nothing was kept, so a retry that fits still gets through (raw PUT, as some chargers upload).
        String location = onlyCall(charger, "GetLog").get("log").get("remoteLocation").asString();
        byte[] small = "2026-11-27T09:00:00Z INFO retry\n".getBytes(StandardCharsets.UTF_8);
        assertThat(RawHttp.octetStream("PUT", location, small, false).statusCode()).isEqualTo(201);
        assertThat(api.get("/api/v1/log-requests/" + id).json().get("files").get(0).get("sizeBytes").asLong())
                .isEqualTo(small.length);
    }

    @Test
    void unknownLinksAndLogsTheChargerCannotSendAreRefused() {
        SimulatedChargePoint charger = chargers.booted("LOG-16-SEC", OcppVersion.V16);

        var unknownLink = RawHttp.multipart("http://localhost:" + port + "/uploads/not-a-link", Map.of(), "x.log",
                new byte[]{1}, false);
        var securityLogOn16 = api.post("/api/v1/chargers/LOG-16-SEC/logs", "{\"logType\": \"SecurityLog\"}");
        var badType = api.post("/api/v1/chargers/LOG-16-SEC/logs", "{\"logType\": \"Everything\"}");
        var noKey = RawHttp.get("http://localhost:" + port + "/api/v1/logs/00000000-0000-4000-8000-000000000000/content",
                false);

        assertThat(unknownLink.statusCode()).isEqualTo(404);
        assertThat(securityLogOn16.status()).as(securityLogOn16.body()).isEqualTo(400);
        assertThat(badType.status()).isEqualTo(400);
        assertThat(noKey.statusCode()).isEqualTo(401);
        assertThat(charger.receivedCalls()).isEmpty();
        JsonNode requests = api.get("/api/v1/chargers/LOG-16-SEC/logs").json().get("items");
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).get("status").asString()).isEqualTo("NOT_SENT");
    }

    private JsonNode awaitUploadedFile(String requestId) {
        await().atMost(Duration.ofSeconds(30)).until(
                () -> api.get("/api/v1/log-requests/" + requestId).json(),
                request -> "UPLOADED".equals(request.get("status").asString()) && request.get("files").size() == 1);
        return api.get("/api/v1/log-requests/" + requestId).json().get("files").get(0);
    }

    private void assertDownloadable(JsonNode file, byte[] sent) {
        assertThat(sent).isNotNull().hasSizeGreaterThan(1000);
        assertThat(file.get("sizeBytes").asLong()).isEqualTo(sent.length);
        assertThat(file.get("sha256").asString()).isEqualTo(FirmwareUpdateTest.sha256(sent));
        HttpResponse<byte[]> content = RawHttp.get("http://localhost:" + port + file.get("content").asString(), true);
        assertThat(content.statusCode()).isEqualTo(200);
        assertThat(content.body()).isEqualTo(sent);
    }

    private static JsonNode onlyCall(SimulatedChargePoint charger, String action) {
        List<ReceivedCall> calls = charger.receivedCalls().stream().filter(c -> c.action().equals(action)).toList();
        assertThat(calls).hasSize(1);
        return calls.getFirst().payload();
    }
}
