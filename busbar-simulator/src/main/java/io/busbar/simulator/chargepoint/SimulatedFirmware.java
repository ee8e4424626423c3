package io.busbar.simulator.chargepoint;

import io.busbar.ocpp.rpc.Call;
import io.busbar.ocpp.rpc.OcppVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How the simulated charger updates its firmware (OCPP 1.6 §5.16, 2.0.1 L01/L02). It answers UpdateFirmware
 * ({@link #answer(String) configurable}), then, once the answer is on the wire and retrieveAt has come, really
 * downloads the location with the JDK HttpClient and reports each step with FirmwareStatusNotification:
 * Downloading, Downloaded (or DownloadFailed on an HTTP error), 2.0.1 SignatureVerified / InvalidSignature when
 * a signature was given, Installing (or {@link #failInstallation() InstallationFailed}), 2.0.1 InstallRebooting,
 * then it reboots (closes the socket, reconnects, BootNotification with the new version) and reports Installed.
 *
 * <p>The new version is, in this order: {@link #versionAfterInstall(String)}, the download's
 * {@code X-Firmware-Version} response header (Busbar sends the image's version), or the old version + "-updated".
 */
public final class SimulatedFirmware {
    private static final Logger log = LoggerFactory.getLogger(SimulatedFirmware.class);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private static final long STEP_TIMEOUT_SECONDS = 30;

    private final SimulatedChargePoint charger;
    private volatile String answer = "Accepted";
    private volatile boolean failInstallation;
    private volatile boolean rejectSignature;
    private volatile String versionAfterInstall;
    private volatile byte[] lastDownload;

    private SimulatedFirmware(SimulatedChargePoint charger) {
        this.charger = charger;
    }

    /** Creates the behaviour and registers its UpdateFirmware handler. */
    static SimulatedFirmware installOn(SimulatedChargePoint charger, Map<String, CsmsCallHandler> handlers) {
        SimulatedFirmware firmware = new SimulatedFirmware(charger);
        handlers.put("UpdateFirmware", firmware::updateFirmware);
        return firmware;
    }

    /** 2.0.1 answer status (Accepted, Rejected, InvalidCertificate, RevokedCertificate...); 1.6 has none. */
    public SimulatedFirmware answer(String status) {
        this.answer = status;
        return this;
    }

    /** The installation fails (InstallationFailed) after a good download; the charger keeps its version. */
    public SimulatedFirmware failInstallation() {
        this.failInstallation = true;
        return this;
    }

    /** 2.0.1: the signature does not verify (InvalidSignature); nothing is installed. */
    public SimulatedFirmware rejectSignature() {
        this.rejectSignature = true;
        return this;
    }

    public SimulatedFirmware versionAfterInstall(String version) {
        this.versionAfterInstall = version;
        return this;
    }

    /** The bytes of the last successful download, or null. */
    public byte[] lastDownload() {
        return lastDownload;
    }

    private JsonNode updateFirmware(Call call) {
        JsonNode request = call.payload();
        boolean v201 = charger.version() == OcppVersion.V201;
        JsonNode firmware = v201 ? request.path("firmware") : request;
        String location = firmware.path("location").asString();
        Instant retrieveAt = Instant.parse(firmware.path(v201 ? "retrieveDateTime" : "retrieveDate").asString());
        Integer requestId = v201 ? request.path("requestId").asInt() : null;
        boolean signed = v201 && firmware.hasNonNull("signature");
        if (!v201) {
            charger.afterAnswer(() -> run(location, retrieveAt, null, false));
            return NODES.objectNode();
        }
        if (answer.startsWith("Accepted")) {
            charger.afterAnswer(() -> run(location, retrieveAt, requestId, signed));
        }
        return NODES.objectNode().put("status", answer);
    }

    private void run(String location, Instant retrieveAt, Integer requestId, boolean signed) {
        try {
            Duration wait = Duration.between(charger.clock().instant(), retrieveAt);
            if (wait.isPositive()) {
                report("DownloadScheduled", requestId);
                Thread.sleep(wait.toMillis());
            }
            report("Downloading", requestId);
            HttpResponse<byte[]> download = download(location);
            if (download == null || download.statusCode() / 100 != 2) {
                report("DownloadFailed", requestId);
                return;
            }
            lastDownload = download.body();
            report("Downloaded", requestId);
            if (signed) {
                report(rejectSignature ? "InvalidSignature" : "SignatureVerified", requestId);
                if (rejectSignature) {
                    return;
                }
            }
            report("Installing", requestId);
            if (failInstallation) {
                report("InstallationFailed", requestId);
                return;
            }
            String version = versionAfterInstall != null ? versionAfterInstall
                    : download.headers().firstValue("X-Firmware-Version")
                    .orElse(charger.firmwareVersion() + "-updated");
            if (requestId != null) {
                report("InstallRebooting", requestId);
            }
            charger.rebootInto(version);
            report("Installed", requestId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("{}: firmware update stopped: {}", charger.identity(), e.toString());
        }
    }

    private static HttpResponse<byte[]> download(String location) throws InterruptedException {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(location)).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private void report(String status, Integer requestId) {
        ObjectNode payload = NODES.objectNode().put("status", status);
        if (requestId != null) {
            payload.put("requestId", requestId);
        }
        charger.call("FirmwareStatusNotification", payload).orTimeout(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS).join();
    }
}
