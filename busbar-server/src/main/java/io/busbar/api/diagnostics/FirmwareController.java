package io.busbar.api.diagnostics;

import io.busbar.api.keys.Callers;
import io.busbar.api.paging.Page;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.diagnostics.FirmwareImage;
import io.busbar.diagnostics.FirmwareImageId;
import io.busbar.diagnostics.FirmwareImages;
import io.busbar.diagnostics.FirmwareUpdate;
import io.busbar.diagnostics.FirmwareUpdateId;
import io.busbar.diagnostics.FirmwareUpdates;
import io.busbar.diagnostics.NewFirmwareImage;
import io.busbar.diagnostics.StartFirmwareUpdate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;

/**
 * Firmware images kept by Busbar and firmware update jobs. An update is sent at once and answered with the job as
 * it stands after the charger's answer; its progress arrives later (poll the job, or list the charger's jobs).
 */
@RestController
@Tag(name = FirmwareController.TAG)
class FirmwareController {
    static final String TAG = "Firmware";
    private final FirmwareImages images;
    private final FirmwareUpdates updates;
    private final ChargerRegistry chargers;

    FirmwareController(FirmwareImages images, FirmwareUpdates updates, ChargerRegistry chargers) {
        this.images = images;
        this.updates = updates;
        this.chargers = chargers;
    }

    @PostMapping(value = "/api/v1/firmware",
            consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Upload a firmware image: multipart/form-data (part `file` plus fields name, version, vendor, "
            + "model) or the raw bytes as application/octet-stream with those as query parameters",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
                    @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, examples = @ExampleObject(
                            value = "name=AC22 firmware; version=2.4.1; vendor=Acme; model=AC22; file=@ac22-2.4.1.bin")),
                    @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE, examples = @ExampleObject(
                            value = "<the image's bytes>; ?name=AC22%20firmware&version=2.4.1"))}),
            responses = @ApiResponse(responseCode = "201", description = "The stored image", content = @Content(
                    examples = @ExampleObject(value = DiagnosticsDtos.IMAGE_EXAMPLE))))
    ResponseEntity<DiagnosticsDtos.FirmwareImageResponse> upload(HttpServletRequest request) throws IOException {
        String filename = request.getParameter("filename");
        FirmwareImage image;
        if (MediaType.MULTIPART_FORM_DATA.isCompatibleWith(MediaType.parseMediaType(request.getContentType()))) {
            Part file = UploadedParts.file(request);
            if (file == null) {
                throw ProblemException.invalid("file", "is required (a multipart part named file)");
            }
            try (InputStream content = file.getInputStream()) {
                image = store(request, filename != null ? filename : file.getSubmittedFileName(), content);
            }
        } else {
            try (InputStream content = request.getInputStream()) {
                image = store(request, filename, content);
            }
        }
        return ResponseEntity.created(URI.create("/api/v1/firmware/" + image.id()))
                .body(DiagnosticsDtos.FirmwareImageResponse.of(image));
    }

    private FirmwareImage store(HttpServletRequest request, String filename, InputStream content) {
        String name = request.getParameter("name");
        if (name == null || name.isBlank()) {
            throw ProblemException.invalid("name", "is required");
        }
        return images.store(Callers.tenant(), new NewFirmwareImage(name, request.getParameter("version"),
                request.getParameter("vendor"), request.getParameter("model"), filename), content);
    }

    @GetMapping("/api/v1/firmware")
    @Operation(summary = "The firmware images Busbar keeps, newest first",
            responses = @ApiResponse(responseCode = "200", description = "A page of images", content = @Content(
                    examples = @ExampleObject(value = DiagnosticsDtos.IMAGES_EXAMPLE))))
    Page<DiagnosticsDtos.FirmwareImageResponse> list(
            @Parameter(description = "The `next` cursor of the previous page") @RequestParam(required = false) UUID before,
            @RequestParam(defaultValue = "" + Page.DEFAULT_LIMIT) @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        return Page.of(images.list(Callers.tenant(), before == null ? null : new FirmwareImageId(before), limit + 1), limit,
                i -> i.id().toString(), DiagnosticsDtos.FirmwareImageResponse::of);
    }

    @GetMapping("/api/v1/firmware/{id}")
    @Operation(summary = "One firmware image",
            responses = @ApiResponse(responseCode = "200", description = "The image", content = @Content(
                    examples = @ExampleObject(value = DiagnosticsDtos.IMAGE_EXAMPLE))))
    DiagnosticsDtos.FirmwareImageResponse image(@PathVariable UUID id) {
        return images.find(new FirmwareImageId(id)).map(DiagnosticsDtos.FirmwareImageResponse::of)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No firmware image " + id));
    }

    @PostMapping("/api/v1/chargers/{identity}/firmware-updates")
    @Operation(summary = "Start a firmware update (1.6 UpdateFirmware, 2.0.1 L01/L02) and return the job after the "
            + "charger's answer",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = DiagnosticsDtos.START_EXAMPLE))),
            responses = @ApiResponse(responseCode = "201", description = "The job; status ACCEPTED or REJECTED",
                    content = @Content(examples = @ExampleObject(value = DiagnosticsDtos.UPDATE_EXAMPLE))))
    ResponseEntity<DiagnosticsDtos.FirmwareUpdateResponse> start(
            @PathVariable String identity, @Valid @RequestBody DiagnosticsDtos.StartFirmwareUpdateRequest request) {
        FirmwareUpdate job = updates.start(Callers.current(), new ChargerIdentity(identity), new StartFirmwareUpdate(
                request.imageId() == null ? null : new FirmwareImageId(request.imageId()), request.location(),
                request.retrieveAt(), request.installAt(), request.retries(), request.retryIntervalSeconds(),
                request.signingCertificate(), request.signature()));
        return ResponseEntity.created(URI.create("/api/v1/firmware-updates/" + job.id()))
                .body(DiagnosticsDtos.FirmwareUpdateResponse.of(job));
    }

    @GetMapping("/api/v1/chargers/{identity}/firmware-updates")
    @Operation(summary = "A charger's firmware updates, newest first",
            responses = @ApiResponse(responseCode = "200", description = "A page of jobs", content = @Content(
                    examples = @ExampleObject(value = DiagnosticsDtos.UPDATES_EXAMPLE))))
    Page<DiagnosticsDtos.FirmwareUpdateResponse> forCharger(
            @PathVariable String identity,
            @Parameter(description = "The `next` cursor of the previous page") @RequestParam(required = false) UUID before,
            @RequestParam(defaultValue = "" + Page.DEFAULT_LIMIT) @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        ChargerIdentity charger = new ChargerIdentity(identity);
        chargers.require(charger);
        return Page.of(updates.forCharger(charger, before == null ? null : new FirmwareUpdateId(before), limit + 1),
                limit, u -> u.id().toString(), DiagnosticsDtos.FirmwareUpdateResponse::of);
    }

    @GetMapping("/api/v1/firmware-updates/{id}")
    @Operation(summary = "One firmware update with its status history",
            responses = @ApiResponse(responseCode = "200", description = "The job", content = @Content(
                    examples = @ExampleObject(value = DiagnosticsDtos.UPDATE_EXAMPLE))))
    DiagnosticsDtos.FirmwareUpdateResponse update(@PathVariable UUID id) {
        return updates.find(new FirmwareUpdateId(id)).map(DiagnosticsDtos.FirmwareUpdateResponse::of)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No firmware update " + id));
    }

}
