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
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Firmware updates over real sockets: an image uploaded to Busbar, UpdateFirmware to a simulated charger that
 * really downloads it from Busbar's /files endpoint, reports each step, reboots with the new version; the job
 * follows (OCA TC_044_1 / TC_044_2 for 1.6, OCPP 2.0.1 L01 secure firmware update).
 */
@BusbarTest
class FirmwareUpdateTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path FILES = temporaryDirectory();

    @LocalServerPort
    int port;
    SimulatedChargers chargers;
    ApiClient api;

    @DynamicPropertySource
    static void files(DynamicPropertyRegistry registry) {
        registry.add("busbar.files.directory", FILES::toString);
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
    void TC_044_1_firmwareUpdateHappyPath() {
        SimulatedChargePoint charger = chargers.booted("FW-16-OK", OcppVersion.V16);
        byte[] bytes = firmwareBytes("acme-2.0.0");
        JsonNode image = uploadRaw("AC22 firmware", "acme-2.0.0", bytes);
        assertThat(image.get("sha256").asString()).isEqualTo(sha256(bytes));
        assertThat(image.get("sizeBytes").asLong()).isEqualTo(bytes.length);

        var started = api.post("/api/v1/chargers/FW-16-OK/firmware-updates",
                "{\"imageId\": \"" + image.get("id").asString() + "\", \"retries\": 2}");

        assertThat(started.status()).as(started.body()).isEqualTo(201);
        assertThat(started.json().get("answerStatus").asString()).isEqualTo("Accepted");
        assertThat(started.json().get("location").asString()).endsWith("/***");
        JsonNode sent = onlyCall(charger, "UpdateFirmware");
        String location = sent.get("location").asString();
        assertThat(location).startsWith("http://localhost:" + port + "/files/firmware/" + image.get("id").asString() + "/")
                .doesNotContain("***");
        assertThat(sent.get("retries").asInt()).isEqualTo(2);
        assertThat(sent.has("retrieveDate")).isTrue();

        JsonNode job = awaitStatus(started.json().get("id").asString(), "VERIFIED");
        assertThat(statuses(job)).contains("REQUESTED", "ACCEPTED")
                .containsSubsequence("DOWNLOADING", "DOWNLOADED", "INSTALLING", "INSTALLED", "VERIFIED");
        assertThat(job.get("expectedVersion").asString()).isEqualTo("acme-2.0.0");
        assertThat(charger.firmware().lastDownload()).isEqualTo(bytes);
        assertThat(charger.firmwareVersion()).isEqualTo("acme-2.0.0");
        assertThat(api.get("/api/v1/chargers/FW-16-OK").json().get("firmwareVersion").asString())
                .isEqualTo("acme-2.0.0");
        assertThat(api.get("/api/v1/chargers/FW-16-OK/commands").json().get("items").get(0).get("command").asString())
                .isEqualTo("UpdateFirmware");
        // The download link dies with the job.
        assertThat(RawHttp.get(location, false).statusCode()).isEqualTo(404);
    }

    @Test
    void TC_044_2_downloadFailed() {
        SimulatedChargePoint charger = chargers.booted("FW-16-DLFAIL", OcppVersion.V16);
        String missing = "http://localhost:" + port + "/files/firmware/00000000-0000-4000-8000-000000000000/nope";

        var started = api.post("/api/v1/chargers/FW-16-DLFAIL/firmware-updates",
                "{\"location\": \"" + missing + "\"}");

        assertThat(started.status()).as(started.body()).isEqualTo(201);
        assertThat(onlyCall(charger, "UpdateFirmware").get("location").asString()).isEqualTo(missing);
        JsonNode job = awaitStatus(started.json().get("id").asString(), "DOWNLOAD_FAILED");
        assertThat(statuses(job)).containsSubsequence("DOWNLOADING", "DOWNLOAD_FAILED").doesNotContain("INSTALLING");
        assertThat(job.get("expectedVersion")).isNull();
        assertThat(charger.firmwareVersion()).isEqualTo(SimulatedChargePoint.FIRMWARE);
        JsonNode list = api.get("/api/v1/chargers/FW-16-DLFAIL/firmware-updates").json().get("items");
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("status").asString()).isEqualTo("DOWNLOAD_FAILED");
    }

    @Test
    void L01_secureFirmwareUpdateWithSignature() {
        SimulatedChargePoint charger = chargers.booted("FW-201-OK", OcppVersion.V201);
        byte[] bytes = firmwareBytes("acme-3.1.0");
        HttpResponse<byte[]> upload = RawHttp.multipart("http://localhost:" + port + "/api/v1/firmware",
                Map.of("name", "AC22 firmware", "version", "acme-3.1.0", "vendor", "Busbar", "model", "SimCP-1"),
                "acme-3.1.0.bin", bytes, true);
        assertThat(upload.statusCode()).as(RawHttp.text(upload)).isEqualTo(201);
        JsonNode image = JSON.readTree(upload.body());
        assertThat(image.get("filename").asString()).isEqualTo("acme-3.1.0.bin");
        assertThat(api.get("/api/v1/firmware").json().get("items").valueStream()
                .map(i -> i.get("id").asString())).contains(image.get("id").asString());

        var started = api.post("/api/v1/chargers/FW-201-OK/firmware-updates", """
                {"imageId": "%s", "signingCertificate": "-----BEGIN CERTIFICATE-----MIIB...",
                 "signature": "MEUCIQDx..."}""".formatted(image.get("id").asString()));

        assertThat(started.status()).as(started.body()).isEqualTo(201);
        assertThat(started.json().get("signed").asBoolean()).isTrue();
        JsonNode sent = onlyCall(charger, "UpdateFirmware");
        assertThat(sent.get("requestId").asInt()).isEqualTo(started.json().get("requestId").asInt());
        assertThat(sent.get("firmware").get("signature").asString()).isEqualTo("MEUCIQDx...");
        assertThat(sent.get("firmware").get("signingCertificate").asString()).startsWith("-----BEGIN CERTIFICATE");
        JsonNode job = awaitStatus(started.json().get("id").asString(), "VERIFIED");
        assertThat(statuses(job)).containsSubsequence("DOWNLOADING", "DOWNLOADED", "SIGNATURE_VERIFIED", "INSTALLING",
                "INSTALL_REBOOTING", "INSTALLED", "VERIFIED");
        assertThat(charger.firmwareVersion()).isEqualTo("acme-3.1.0");
        assertThat(api.get("/api/v1/chargers/FW-201-OK").json().get("firmwareVersion").asString())
                .isEqualTo("acme-3.1.0");
    }

    @Test
    void L01_invalidSignatureStopsTheUpdate() {
        SimulatedChargePoint charger = chargers.booted("FW-201-BADSIG", OcppVersion.V201);
        charger.firmware().rejectSignature();
        JsonNode image = uploadRaw("AC22 firmware", "acme-3.2.0", firmwareBytes("acme-3.2.0"));

        var started = api.post("/api/v1/chargers/FW-201-BADSIG/firmware-updates", """
                {"imageId": "%s", "signingCertificate": "-----BEGIN CERTIFICATE-----MIIB...", "signature": "bad"}"""
                .formatted(image.get("id").asString()));

        assertThat(started.status()).as(started.body()).isEqualTo(201);
        JsonNode job = awaitStatus(started.json().get("id").asString(), "INVALID_SIGNATURE");
        assertThat(statuses(job)).doesNotContain("INSTALLING");
        assertThat(charger.firmwareVersion()).isEqualTo(SimulatedChargePoint.FIRMWARE);
    }

    @Test
    void L01_invalidCertificateIsAnsweredAndTheJobEndsRejected() {
        SimulatedChargePoint charger = chargers.booted("FW-201-BADCERT", OcppVersion.V201);
        charger.firmware().answer("InvalidCertificate");

        var started = api.post("/api/v1/chargers/FW-201-BADCERT/firmware-updates", """
                {"location": "https://firmware.example.com/ac22.bin", "signingCertificate": "x", "signature": "y"}""");

        assertThat(started.status()).as(started.body()).isEqualTo(201);
        assertThat(started.json().get("status").asString()).isEqualTo("REJECTED");
        assertThat(started.json().get("answerStatus").asString()).isEqualTo("InvalidCertificate");
        assertThat(charger.receivedCalls()).extracting(ReceivedCall::action).containsExactly("UpdateFirmware");
    }

    @Test
    void badRequestsAreRefusedAndNothingIsSentThatTheChargerCannotExpress() {
        SimulatedChargePoint charger = chargers.booted("FW-16-BAD", OcppVersion.V16);

        var both = api.post("/api/v1/chargers/FW-16-BAD/firmware-updates", """
                {"imageId": "00000000-0000-4000-8000-000000000000", "location": "https://x.example/f.bin"}""");
        var unknownImage = api.post("/api/v1/chargers/FW-16-BAD/firmware-updates", """
                {"imageId": "00000000-0000-4000-8000-000000000000"}""");
        var signedOn16 = api.post("/api/v1/chargers/FW-16-BAD/firmware-updates", """
                {"location": "https://x.example/f.bin", "signature": "abc"}""");
        var noName = RawHttp.octetStream("POST", "http://localhost:" + port + "/api/v1/firmware", new byte[]{1}, true);

        assertThat(both.status()).isEqualTo(400);
        assertThat(unknownImage.status()).isEqualTo(404);
        assertThat(signedOn16.status()).as(signedOn16.body()).isEqualTo(400);
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(charger.receivedCalls()).isEmpty();
        JsonNode jobs = api.get("/api/v1/chargers/FW-16-BAD/firmware-updates").json().get("items");
        assertThat(jobs).hasSize(1);
        assertThat(jobs.get(0).get("status").asString()).isEqualTo("NOT_SENT");
    }

    private JsonNode uploadRaw(String name, String version, byte[] bytes) {
        HttpResponse<byte[]> response = RawHttp.octetStream("POST", "http://localhost:" + port
                + "/api/v1/firmware?name=" + name.replace(" ", "%20") + "&version=" + version
                + "&filename=" + version + ".bin", bytes, true);
        assertThat(response.statusCode()).as(RawHttp.text(response)).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    private JsonNode awaitStatus(String jobId, String status) {
        await().atMost(Duration.ofSeconds(30)).until(
                () -> api.get("/api/v1/firmware-updates/" + jobId).json().get("status").asString(), status::equals);
        return api.get("/api/v1/firmware-updates/" + jobId).json();
    }

    private static List<String> statuses(JsonNode job) {
        return job.get("history").valueStream().map(step -> step.get("status").asString()).toList();
    }

    private static JsonNode onlyCall(SimulatedChargePoint charger, String action) {
        List<ReceivedCall> calls = charger.receivedCalls().stream().filter(c -> c.action().equals(action)).toList();
        assertThat(calls).hasSize(1);
        return calls.getFirst().payload();
    }

    private static byte[] firmwareBytes(String version) {
        byte[] bytes = new byte[200_000];
        byte[] label = ("FIRMWARE " + version).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = i < label.length ? label[i] : (byte) (i * 31 + 7);
        }
        return bytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Path temporaryDirectory() {
        try {
            Path directory = Files.createTempDirectory("busbar-files-");
            directory.toFile().deleteOnExit();
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
