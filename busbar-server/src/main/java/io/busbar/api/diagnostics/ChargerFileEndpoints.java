package io.busbar.api.diagnostics;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.diagnostics.FirmwareImageId;
import io.busbar.diagnostics.FirmwareImages;
import io.busbar.diagnostics.LogFile;
import io.busbar.diagnostics.LogUploads;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * What chargers fetch and send over plain HTTP, outside {@code /api} (they cannot send an API key): firmware
 * downloads and log uploads, each authenticated by the unguessable secret in its URL. Not in the OpenAPI document:
 * Busbar writes these URLs into UpdateFirmware and GetLog itself.
 */
@Hidden
@RestController
class ChargerFileEndpoints {
    /** Lets a charger (and Busbar's simulator) know the version it is about to install. */
    static final String FIRMWARE_VERSION_HEADER = "X-Firmware-Version";
    private final FirmwareImages images;
    private final LogUploads uploads;

    ChargerFileEndpoints(FirmwareImages images, LogUploads uploads) {
        this.images = images;
        this.uploads = uploads;
    }

    /** Range requests work (Spring serves byte ranges of a Resource), so a charger can resume a download. */
    @GetMapping("/files/firmware/{id}/{token}")
    ResponseEntity<Resource> firmware(@PathVariable UUID id, @PathVariable String token) {
        FirmwareImages.Download download = images.download(new FirmwareImageId(id), token)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No such firmware download"));
        var response = ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .eTag("\"" + download.image().sha256() + "\"");
        if (download.image().filename() != null) {
            response.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(download.image().filename(), StandardCharsets.UTF_8).build().toString());
        }
        if (download.image().version() != null) {
            response.header(FIRMWARE_VERSION_HEADER, download.image().version());
        }
        return response.body(new FileSystemResource(download.file()));
    }

    /** HTTP uploads as chargers make them: multipart/form-data, the file in a part usually named "file". */
    @PostMapping(value = "/uploads/{token}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DiagnosticsDtos.ReceivedResponse> uploadForm(@PathVariable String token,
                                                                HttpServletRequest request) throws IOException {
        Part part = UploadedParts.file(request);
        if (part == null) {
            throw ProblemException.invalid("file", "is required (a multipart part with a file)");
        }
        try (InputStream content = part.getInputStream()) {
            return received(uploads.receive(token, part.getSubmittedFileName(), part.getContentType(), content));
        }
    }

    /** The raw bytes as the body (PUT, or a POST that is not a form); the name may come in Content-Disposition. */
    @PutMapping("/uploads/{token}")
    ResponseEntity<DiagnosticsDtos.ReceivedResponse> uploadRaw(@PathVariable String token,
                                                               HttpServletRequest request) throws IOException {
        String disposition = request.getHeader(HttpHeaders.CONTENT_DISPOSITION);
        String filename = disposition == null ? null : ContentDisposition.parse(disposition).getFilename();
        try (InputStream content = request.getInputStream()) {
            return received(uploads.receive(token, filename, request.getContentType(), content));
        }
    }

    private static ResponseEntity<DiagnosticsDtos.ReceivedResponse> received(LogFile file) {
        return ResponseEntity.status(HttpStatus.CREATED).body(DiagnosticsDtos.ReceivedResponse.of(file));
    }
}
