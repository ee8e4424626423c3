package io.busbar.simulator.chargepoint;

import io.busbar.ocpp.rpc.Call;
import io.busbar.ocpp.rpc.OcppVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * How the simulated charger uploads logs (OCPP 1.6 §5.8 GetDiagnostics, 2.0.1 N01 GetLog): answers with a file
 * name, then reports Uploading, POSTs a generated log (plausible lines, {@link #logSize(int) about 4 KB}) as
 * multipart/form-data (part "file") to the location, and reports Uploaded, or UploadFailed (1.6) / UploadFailure
 * (2.0.1) when the server refuses it or cannot be reached.
 */
public final class SimulatedLogUpload {
    private static final Logger log = LoggerFactory.getLogger(SimulatedLogUpload.class);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final long STEP_TIMEOUT_SECONDS = 30;

    private final SimulatedChargePoint charger;
    private volatile String answer = "Accepted";
    private volatile int logSize = 4096;
    private volatile byte[] lastLog;
    private volatile int lastUploadStatus;

    private SimulatedLogUpload(SimulatedChargePoint charger) {
        this.charger = charger;
    }

    static SimulatedLogUpload installOn(SimulatedChargePoint charger, Map<String, CsmsCallHandler> handlers) {
        SimulatedLogUpload upload = new SimulatedLogUpload(charger);
        handlers.put(charger.version() == OcppVersion.V16 ? "GetDiagnostics" : "GetLog", upload::getLog);
        return upload;
    }

    /**
     * 2.0.1 answer status (Accepted, Rejected, AcceptedCanceled). For 1.6 anything but Accepted answers without a
     * fileName (no diagnostics available). Only an accepted request is uploaded.
     */
    public SimulatedLogUpload answer(String status) {
        this.answer = status;
        return this;
    }

    /** The size of the generated log in bytes (at least one line). */
    public SimulatedLogUpload logSize(int bytes) {
        this.logSize = bytes;
        return this;
    }

    /** The bytes of the last log sent, or null. */
    public byte[] lastLog() {
        return lastLog;
    }

    /** The HTTP status of the last upload (0: none yet, or the server could not be reached). */
    public int lastUploadStatus() {
        return lastUploadStatus;
    }

    private JsonNode getLog(Call call) {
        JsonNode request = call.payload();
        boolean v201 = charger.version() == OcppVersion.V201;
        String location = v201 ? request.path("log").path("remoteLocation").asString()
                : request.path("location").asString();
        Integer requestId = v201 ? request.path("requestId").asInt() : null;
        String filename = (v201 ? request.path("logType").asString() : "diagnostics") + "-" + charger.identity()
                + "-" + charger.clock().instant().getEpochSecond() + ".log";
        boolean accepted = answer.startsWith("Accepted");
        if (accepted) {
            charger.afterAnswer(() -> upload(location, filename, requestId));
        }
        if (!v201) {
            return accepted ? NODES.objectNode().put("fileName", filename) : NODES.objectNode();
        }
        ObjectNode response = NODES.objectNode().put("status", answer);
        return accepted ? response.put("filename", filename) : response;
    }

    private void upload(String location, String filename, Integer requestId) {
        try {
            report("Uploading", requestId);
            byte[] content = generatedLog();
            lastLog = content;
            int status = post(location, filename, content);
            lastUploadStatus = status;
            report(status / 100 == 2 ? "Uploaded" : requestId == null ? "UploadFailed" : "UploadFailure", requestId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("{}: log upload stopped: {}", charger.identity(), e.toString());
        }
    }

    private static int post(String location, String filename, byte[] content) throws InterruptedException {
        String boundary = "----sim" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(location)).timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | IllegalArgumentException e) {
            return 0;
        }
    }

    private byte[] generatedLog() {
        StringBuilder text = new StringBuilder();
        Instant at = charger.clock().instant().minus(Duration.ofHours(1));
        String[] lines = {"INFO  boot: firmware %s, model %s".formatted(charger.firmwareVersion(),
                SimulatedChargePoint.MODEL), "INFO  ocpp: connected, heartbeat interval 300 s",
                "DEBUG meter: L1 230.1 V 0.0 A", "INFO  evse 1: Available", "WARN  rcd: self-test took 412 ms"};
        for (int i = 0; i == 0 || text.length() < logSize; i++) {
            text.append(at.plusSeconds(i * 7L)).append(' ').append(lines[i % lines.length]).append('\n');
        }
        return text.substring(0, Math.max(1, logSize)).getBytes(StandardCharsets.UTF_8);
    }

    private void report(String status, Integer requestId) {
        ObjectNode payload = NODES.objectNode().put("status", status);
        if (requestId != null) {
            payload.put("requestId", requestId);
        }
        charger.call(requestId == null ? "DiagnosticsStatusNotification" : "LogStatusNotification", payload)
                .orTimeout(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS).join();
    }
}
