package io.busbar.api.tariffs;

import io.busbar.api.keys.Callers;
import io.busbar.api.openapi.ApiTags;
import io.busbar.api.paging.Page;
import io.busbar.tariffs.Tariff;
import io.busbar.tariffs.TariffCatalog;
import io.busbar.tariffs.TariffId;
import io.busbar.tariffs.TariffJson;
import io.busbar.tariffs.TariffNotFoundException;
import io.busbar.tariffs.TariffVersion;
import io.busbar.tariffs.ocpi.OcpiTariff;
import io.busbar.tariffs.ocpi.OcpiTariffMapping;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;

/**
 * Tariffs with their versions. Bodies are Busbar's tariff JSON, or OCPI 2.2.1 Tariff JSON with {@code format=ocpi}
 * or a Content-Type naming ocpi (e.g. {@code application/vnd.ocpi+json}).
 */
@RestController
@RequestMapping("/api/v1/tariffs")
@Tag(name = ApiTags.TARIFFS)
class TariffController {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final TariffCatalog catalog;

    TariffController(TariffCatalog catalog) {
        this.catalog = catalog;
    }

    @PostMapping
    @Operation(summary = "Create a tariff (version 1)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "busbar", value = TariffDtos.TARIFF_EXAMPLE),
                    @ExampleObject(name = "ocpi", value = TariffDtos.OCPI_EXAMPLE)})),
            responses = @ApiResponse(responseCode = "201", description = "Created", content = @Content(
                    examples = @ExampleObject(value = TariffDtos.VERSION_EXAMPLE))))
    ResponseEntity<TariffDtos.TariffVersionResponse> create(
            @RequestBody String body,
            @Parameter(description = "ocpi: the body is an OCPI 2.2.1 Tariff") @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType) {
        TariffVersion created = catalog.create(Callers.tenant(), read(body, format, contentType));
        return ResponseEntity.created(URI.create("/api/v1/tariffs/" + created.id().value()))
                .body(TariffDtos.TariffVersionResponse.of(created));
    }

    @GetMapping
    @Operation(summary = "List tariffs (latest version of each)",
            responses = @ApiResponse(responseCode = "200", description = "The tariffs", content = @Content(
                    examples = @ExampleObject(value = TariffDtos.LIST_EXAMPLE))))
    Page<TariffDtos.TariffVersionResponse> list(@RequestParam(required = false) String after,
                                                @RequestParam(defaultValue = "50") int limit) {
        int bounded = Math.clamp(limit, 1, Page.MAX_LIMIT);
        return Page.of(catalog.list(Callers.tenant(), after, bounded + 1), bounded, v -> v.id().value(),
                TariffDtos.TariffVersionResponse::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "The latest version of a tariff; format=ocpi exports it as an OCPI 2.2.1 Tariff",
            responses = @ApiResponse(responseCode = "200", description = "The tariff", content = @Content(examples = {
                    @ExampleObject(name = "busbar", value = TariffDtos.VERSION_EXAMPLE),
                    @ExampleObject(name = "ocpi", value = TariffDtos.OCPI_EXAMPLE)})))
    ResponseEntity<Object> get(@PathVariable String id, @RequestParam(required = false) String format,
                               @RequestParam(defaultValue = "NL") String countryCode,
                               @RequestParam(defaultValue = "BBR") String partyId) {
        TariffVersion latest = catalog.latest(tariffId(id))
                .orElseThrow(() -> new TariffNotFoundException("No tariff " + id));
        if ("ocpi".equalsIgnoreCase(format)) {
            OcpiTariff ocpi = OcpiTariffMapping.toOcpi(latest.tariff(), countryCode, partyId, latest.createdAt());
            ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
            var lost = OcpiTariffMapping.lostOnExport(latest.tariff());
            if (!lost.isEmpty()) {
                // OCPI 2.2.1 cannot say these; the receiver prices without them
                ok.header("Busbar-Not-Exported", String.join("; ", lost));
            }
            return ok.body(ocpi);
        }
        return ResponseEntity.ok(TariffDtos.TariffVersionResponse.of(latest));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a tariff: stores a new version, in force from now (running sessions keep theirs)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "busbar", value = TariffDtos.TARIFF_EXAMPLE),
                    @ExampleObject(name = "ocpi", value = TariffDtos.OCPI_EXAMPLE)})),
            responses = @ApiResponse(responseCode = "200", description = "The new version", content = @Content(
                    examples = @ExampleObject(value = TariffDtos.VERSION_EXAMPLE))))
    TariffDtos.TariffVersionResponse update(@PathVariable String id, @RequestBody String body,
                                            @RequestParam(required = false) String format,
                                            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType) {
        Tariff tariff = read(body, format, contentType);
        if (!tariff.id().value().equals(id)) {
            throw new TariffJson.InvalidTariffException("id", "the body's id " + tariff.id() + " differs from the path's " + id);
        }
        return TariffDtos.TariffVersionResponse.of(catalog.update(tariff));
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "Every version of a tariff, oldest first",
            responses = @ApiResponse(responseCode = "200", description = "The versions", content = @Content(
                    examples = @ExampleObject(value = TariffDtos.LIST_EXAMPLE))))
    Page<TariffDtos.TariffVersionResponse> versions(@PathVariable String id) {
        var versions = catalog.versions(tariffId(id));
        if (versions.isEmpty()) {
            throw new TariffNotFoundException("No tariff " + id);
        }
        return Page.all(versions.stream().map(TariffDtos.TariffVersionResponse::of).toList());
    }

    private static TariffId tariffId(String id) {
        try {
            return new TariffId(id);
        } catch (IllegalArgumentException e) {
            throw new TariffJson.InvalidTariffException("id", e.getMessage());
        }
    }

    private static Tariff read(String body, String format, String contentType) {
        boolean ocpi = "ocpi".equalsIgnoreCase(format) || contentType != null && contentType.toLowerCase().contains("ocpi");
        if (!ocpi) {
            return TariffJson.read(body);
        }
        OcpiTariff parsed;
        try {
            parsed = JSON.readValue(body, OcpiTariff.class);
        } catch (DatabindException e) {
            throw new TariffJson.InvalidTariffException(TariffJson.path(e), TariffJson.rootMessage(e));
        } catch (JacksonException e) {
            throw new TariffJson.InvalidTariffException("body", "not valid JSON: " + e.getOriginalMessage());
        }
        if (parsed == null || parsed.id() == null) {
            throw new TariffJson.InvalidTariffException("id", "an OCPI tariff needs an id");
        }
        try {
            return OcpiTariffMapping.fromOcpi(parsed);
        } catch (IllegalArgumentException e) {
            // the mapping's messages start with the OCPI field name
            String message = e.getMessage() == null ? "invalid" : e.getMessage();
            String field = message.contains(" ") ? message.substring(0, message.indexOf(' ')) : "body";
            throw new TariffJson.InvalidTariffException(field.matches("[a-z_.]+") ? field : "body", message);
        }
    }
}
