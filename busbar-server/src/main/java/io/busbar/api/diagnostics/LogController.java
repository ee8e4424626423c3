package io.busbar.api.diagnostics;

import io.busbar.api.keys.Callers;
import io.busbar.api.paging.Page;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.diagnostics.LogFileId;
import io.busbar.diagnostics.LogType;
import io.busbar.diagnostics.LogUpload;
import io.busbar.diagnostics.LogUploadId;
import io.busbar.diagnostics.LogUploads;
import io.busbar.diagnostics.RequestLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Log uploads: ask a charger for a log (1.6 GetDiagnostics, 2.0.1 N01 GetLog), follow it, download the file. */
@RestController
@Tag(name = LogController.TAG)
class LogController {
    static final String TAG = "Logs";
    private final LogUploads uploads;
    private final ChargerRegistry chargers;

    LogController(LogUploads uploads, ChargerRegistry chargers) {
        this.uploads = uploads;
        this.chargers = chargers;
    }

    @PostMapping("/api/v1/chargers/{identity}/logs")
    @Operation(summary = "Ask the charger to upload a log to a one-time Busbar link; returns the request after the "
            + "charger's answer",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = DiagnosticsDtos.LOG_REQUEST_EXAMPLE))),
            responses = @ApiResponse(responseCode = "201", description = "The request; status ACCEPTED or REJECTED",
                    content = @Content(examples = @ExampleObject(value = DiagnosticsDtos.LOG_EXAMPLE))))
    ResponseEntity<DiagnosticsDtos.LogRequestResponse> request(
            @PathVariable String identity, @Valid @RequestBody DiagnosticsDtos.RequestLogRequest request) {
        LogType type = request.type();
        if (type == null) {
            throw ProblemException.invalid("logType", "must be DiagnosticsLog or SecurityLog");
        }
        LogUpload upload = uploads.request(Callers.current(), new ChargerIdentity(identity),
                new RequestLog(type, request.oldest(), request.latest(), request.retries(), request.retryInterval()));
        return ResponseEntity.created(URI.create("/api/v1/log-requests/" + upload.id()))
                .body(DiagnosticsDtos.LogRequestResponse.of(upload));
    }

    @GetMapping("/api/v1/chargers/{identity}/logs")
    @Operation(summary = "A charger's log requests with the files received, newest first",
            responses = @ApiResponse(responseCode = "200", description = "A page of requests", content = @Content(
                    examples = @ExampleObject(value = DiagnosticsDtos.LOGS_EXAMPLE))))
    Page<DiagnosticsDtos.LogRequestResponse> forCharger(
            @PathVariable String identity,
            @Parameter(description = "The `next` cursor of the previous page") @RequestParam(required = false) UUID before,
            @RequestParam(defaultValue = "" + Page.DEFAULT_LIMIT) @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        ChargerIdentity charger = new ChargerIdentity(identity);
        chargers.require(charger);
        return Page.of(uploads.forCharger(charger, before == null ? null : new LogUploadId(before), limit + 1),
                limit, u -> u.id().toString(), DiagnosticsDtos.LogRequestResponse::of);
    }

    @GetMapping("/api/v1/log-requests/{id}")
    @Operation(summary = "One log request with the files received",
            responses = @ApiResponse(responseCode = "200", description = "The request", content = @Content(
                    examples = @ExampleObject(value = DiagnosticsDtos.LOG_EXAMPLE))))
    DiagnosticsDtos.LogRequestResponse get(@PathVariable UUID id) {
        return uploads.find(new LogUploadId(id)).map(DiagnosticsDtos.LogRequestResponse::of)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No log request " + id));
    }

    @GetMapping("/api/v1/logs/{id}/content")
    @Operation(summary = "Download a received log file (the bytes as uploaded)",
            responses = @ApiResponse(responseCode = "200", description = "The file", content = @Content(
                    mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE,
                    examples = @ExampleObject(value = "2026-11-27T08:59:58Z INFO  boot: firmware sim-1.0"))))
    ResponseEntity<Resource> content(@PathVariable UUID id) {
        LogUploads.Content content = uploads.content(new LogFileId(id))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No log file " + id));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.file().filename(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(new FileSystemResource(content.path()));
    }
}
