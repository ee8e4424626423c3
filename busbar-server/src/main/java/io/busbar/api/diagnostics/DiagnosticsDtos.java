package io.busbar.api.diagnostics;

import io.busbar.diagnostics.FirmwareImage;
import io.busbar.diagnostics.FirmwareUpdate;
import io.busbar.diagnostics.LogFile;
import io.busbar.diagnostics.LogType;
import io.busbar.diagnostics.LogUpload;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of the firmware and log endpoints. */
public final class DiagnosticsDtos {
    static final String IMAGE_EXAMPLE = """
            {"id": "0b3f6f1e-4c1a-4d7e-9a2b-6c5d4e3f2a10", "name": "AC22 firmware", "version": "2.4.1",
             "vendor": "Acme", "model": "AC22", "filename": "ac22-2.4.1.bin", "sizeBytes": 1048576,
             "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
             "uploadedAt": "2026-11-27T09:00:00Z"}""";
    static final String IMAGES_EXAMPLE = "{\"items\": [" + IMAGE_EXAMPLE + "], \"next\": null}";
    static final String START_EXAMPLE = """
            {"imageId": "0b3f6f1e-4c1a-4d7e-9a2b-6c5d4e3f2a10", "retrieveAt": "2026-11-28T02:00:00Z", "retries": 3,
             "retryIntervalSeconds": 300}""";
    static final String UPDATE_EXAMPLE = """
            {"id": "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f", "charger": "CP-0001", "requestId": 12,
             "imageId": "0b3f6f1e-4c1a-4d7e-9a2b-6c5d4e3f2a10",
             "location": "https://busbar.example.com/files/firmware/0b3f6f1e-4c1a-4d7e-9a2b-6c5d4e3f2a10/***",
             "expectedVersion": "2.4.1", "retrieveAt": "2026-11-28T02:00:00Z", "signed": false,
             "status": "VERIFIED", "answerStatus": "Accepted", "commandId": "5f0c3a9e-8d1b-4f7e-9a51-1c2d3e4f5a6b",
             "requestedBy": "api-key:0d7c…", "createdAt": "2026-11-27T09:00:00Z", "updatedAt": "2026-11-28T02:09:30Z",
             "history": [{"status": "REQUESTED", "at": "2026-11-27T09:00:00Z"},
                         {"status": "ACCEPTED", "at": "2026-11-27T09:00:00.2Z"},
                         {"status": "DOWNLOADING", "reported": "Downloading", "at": "2026-11-28T02:00:01Z"},
                         {"status": "DOWNLOADED", "reported": "Downloaded", "at": "2026-11-28T02:03:00Z"},
                         {"status": "INSTALLING", "reported": "Installing", "at": "2026-11-28T02:03:05Z"},
                         {"status": "INSTALLED", "reported": "Installed", "at": "2026-11-28T02:09:30Z"},
                         {"status": "VERIFIED", "at": "2026-11-28T02:09:30Z",
                          "detail": "Charger booted with firmware 2.4.1"}]}""";
    static final String UPDATES_EXAMPLE = "{\"items\": [" + UPDATE_EXAMPLE + "], \"next\": null}";
    static final String LOG_REQUEST_EXAMPLE = """
            {"logType": "DiagnosticsLog", "oldest": "2026-11-26T00:00:00Z", "latest": "2026-11-27T00:00:00Z"}""";
    static final String LOG_EXAMPLE = """
            {"id": "1e2d3c4b-5a69-4788-9aab-bccddeeff001", "charger": "CP-0001", "requestId": 4,
             "logType": "DiagnosticsLog", "oldest": "2026-11-26T00:00:00Z", "latest": "2026-11-27T00:00:00Z",
             "status": "UPLOADED", "answerStatus": "Accepted", "filename": "diagnostics-CP-0001.log",
             "commandId": "5f0c3a9e-8d1b-4f7e-9a51-1c2d3e4f5a6b", "requestedBy": "api-key:0d7c…",
             "requestedAt": "2026-11-27T09:00:00Z", "updatedAt": "2026-11-27T09:00:04Z",
             "uploadLinkExpiresAt": "2026-11-27T10:00:00Z",
             "files": [{"id": "2f3e4d5c-6b7a-4899-aabb-ccddeeff0011", "filename": "diagnostics-CP-0001.log",
                        "contentType": "text/plain", "sizeBytes": 4096,
                        "sha256": "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                        "receivedAt": "2026-11-27T09:00:03Z",
                        "content": "/api/v1/logs/2f3e4d5c-6b7a-4899-aabb-ccddeeff0011/content"}]}""";
    static final String LOGS_EXAMPLE = "{\"items\": [" + LOG_EXAMPLE + "], \"next\": null}";

    private DiagnosticsDtos() {
    }

    public record FirmwareImageResponse(UUID id, String name, String version, String vendor, String model, String filename,
                                 long sizeBytes, String sha256, Instant uploadedAt) {
        public static FirmwareImageResponse of(FirmwareImage i) {
            return new FirmwareImageResponse(i.id().value(), i.name(), i.version(), i.vendor(), i.model(),
                    i.filename(), i.sizeBytes(), i.sha256(), i.uploadedAt());
        }
    }

    @Schema(description = "Exactly one of imageId (an image uploaded to Busbar) and location (any URL the charger can"
            + " reach). retrieveAt defaults to now; installAt, signingCertificate and signature need OCPP 2.0.1.")
    public record StartFirmwareUpdateRequest(UUID imageId, @Size(max = 512) String location, Instant retrieveAt,
                                      Instant installAt, @Min(0) Integer retries, @Min(0) Integer retryIntervalSeconds,
                                      @Size(max = 5500) String signingCertificate, @Size(max = 800) String signature) {
    }

    public record StepResponse(String status, String reported, Instant at, String detail) {
    }

    public record FirmwareUpdateResponse(UUID id, String charger, int requestId, UUID imageId, String location,
                                  String expectedVersion, Instant retrieveAt, Instant installAt, boolean signed,
                                  @Schema(description = "REQUESTED, ACCEPTED, REJECTED, NOT_SENT, DOWNLOAD_SCHEDULED, "
                                          + "DOWNLOADING, DOWNLOAD_PAUSED, DOWNLOADED, DOWNLOAD_FAILED, "
                                          + "SIGNATURE_VERIFIED, INVALID_SIGNATURE, INSTALL_SCHEDULED, INSTALLING, "
                                          + "INSTALL_REBOOTING, INSTALLED, INSTALLATION_FAILED, "
                                          + "INSTALL_VERIFICATION_FAILED, VERIFIED, CANCELED, TIMED_OUT")
                                  String status, String answerStatus, UUID commandId, String requestedBy,
                                  Instant createdAt, Instant updatedAt, List<StepResponse> history) {
        public static FirmwareUpdateResponse of(FirmwareUpdate u) {
            return new FirmwareUpdateResponse(u.id().value(), u.charger().value(), u.requestId(),
                    u.imageId() == null ? null : u.imageId().value(), u.location(), u.expectedVersion(),
                    u.retrieveAt(), u.installAt(), u.signed(), u.status().name(), u.answerStatus(),
                    u.commandId() == null ? null : u.commandId().value(), u.requestedBy(), u.createdAt(),
                    u.updatedAt(), u.history().stream().map(s -> new StepResponse(s.status().name(), s.reported(),
                    s.at(), s.detail())).toList());
        }
    }

    @Schema(description = "logType is DiagnosticsLog or SecurityLog (2.0.1 only); oldest/latest bound the window")
    public record RequestLogRequest(@NotNull String logType, Instant oldest, Instant latest, @Min(0) Integer retries,
                             @Min(0) Integer retryInterval) {
        LogType type() {
            for (LogType type : LogType.values()) {
                if (type.literal().equals(logType)) {
                    return type;
                }
            }
            return null;
        }
    }

    public record LogFileResponse(UUID id, String filename, String contentType, long sizeBytes, String sha256,
                           Instant receivedAt, String content) {
        public static LogFileResponse of(LogFile f) {
            return new LogFileResponse(f.id().value(), f.filename(), f.contentType(), f.sizeBytes(), f.sha256(),
                    f.receivedAt(), "/api/v1/logs/" + f.id() + "/content");
        }
    }

    public record LogRequestResponse(UUID id, String charger, int requestId, String logType, Instant oldest, Instant latest,
                              @Schema(description = "REQUESTED, ACCEPTED, REJECTED, NOT_SENT, UPLOADING, UPLOADED, "
                                      + "UPLOAD_FAILED, BAD_MESSAGE, NOT_SUPPORTED_OPERATION, PERMISSION_DENIED, CANCELED")
                              String status, String answerStatus, String filename, UUID commandId,
                              String requestedBy, Instant requestedAt, Instant updatedAt, Instant uploadLinkExpiresAt,
                              List<LogFileResponse> files) {
        public static LogRequestResponse of(LogUpload u) {
            return new LogRequestResponse(u.id().value(), u.charger().value(), u.requestId(), u.logType().literal(),
                    u.oldest(), u.latest(), u.status().name(), u.answerStatus(), u.filename(),
                    u.commandId() == null ? null : u.commandId().value(), u.requestedBy(), u.requestedAt(),
                    u.updatedAt(), u.uploadLinkExpiresAt(), u.files().stream().map(LogFileResponse::of).toList());
        }
    }

    /** What a charger gets back for an upload. */
    public record ReceivedResponse(UUID id, String filename, long sizeBytes, String sha256) {
        public static ReceivedResponse of(LogFile f) {
            return new ReceivedResponse(f.id().value(), f.filename(), f.sizeBytes(), f.sha256());
        }
    }
}
