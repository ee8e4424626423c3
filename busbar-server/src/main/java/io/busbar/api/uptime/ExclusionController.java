package io.busbar.api.uptime;

import io.busbar.api.keys.Callers;
import io.busbar.api.paging.Page;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.api.problems.RequestValues;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerNotFoundException;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.chargers.SiteId;
import io.busbar.chargers.Sites;
import io.busbar.tenants.TenantId;
import io.busbar.uptime.Exclusion;
import io.busbar.uptime.ExclusionId;
import io.busbar.uptime.ExclusionKind;
import io.busbar.uptime.Exclusions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/** Excluded time: operators' planned maintenance windows and sites' grid outages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = UptimeApi.TAG)
class ExclusionController {
    private static final String MAINTENANCE = "/maintenance-windows";
    private static final String GRID_OUTAGES = "/grid-outages";
    private final Exclusions exclusions;
    private final Sites sites;
    private final ChargerRegistry chargers;

    ExclusionController(Exclusions exclusions, Sites sites, ChargerRegistry chargers) {
        this.exclusions = exclusions;
        this.sites = sites;
        this.chargers = chargers;
    }

    @PostMapping(MAINTENANCE)
    @Operation(summary = "Enter a planned maintenance window (a site or one charger); it does not count against uptime",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = UptimeDtos.MAINTENANCE_REQUEST_EXAMPLE))),
            responses = @ApiResponse(responseCode = "201", description = "Created", content = @Content(
                    examples = @ExampleObject(value = UptimeDtos.EXCLUSION_EXAMPLE))))
    ResponseEntity<UptimeDtos.ExclusionResponse> addMaintenance(@Valid @RequestBody UptimeDtos.ExclusionRequest request) {
        return add(ExclusionKind.MAINTENANCE, MAINTENANCE, request);
    }

    @GetMapping(MAINTENANCE)
    @Operation(summary = "Maintenance windows, optionally those overlapping [from, to)",
            responses = @ApiResponse(responseCode = "200", description = "The windows", content = @Content(
                    examples = @ExampleObject(value = UptimeDtos.EXCLUSION_LIST_EXAMPLE))))
    Page<UptimeDtos.ExclusionResponse> listMaintenance(@RequestParam(required = false) Instant from,
                                                       @RequestParam(required = false) Instant to) {
        return list(ExclusionKind.MAINTENANCE, from, to);
    }

    @DeleteMapping(MAINTENANCE + "/{id}")
    @Operation(summary = "Delete a maintenance window",
            responses = @ApiResponse(responseCode = "204", description = "Deleted"))
    ResponseEntity<Void> deleteMaintenance(@PathVariable UUID id) {
        return delete(ExclusionKind.MAINTENANCE, id);
    }

    @PostMapping(GRID_OUTAGES)
    @Operation(summary = "Enter a grid outage at a site; it does not count against uptime",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = UptimeDtos.GRID_OUTAGE_REQUEST_EXAMPLE))),
            responses = @ApiResponse(responseCode = "201", description = "Created", content = @Content(
                    examples = @ExampleObject(value = UptimeDtos.EXCLUSION_EXAMPLE))))
    ResponseEntity<UptimeDtos.ExclusionResponse> addGridOutage(@Valid @RequestBody UptimeDtos.ExclusionRequest request) {
        return add(ExclusionKind.GRID_OUTAGE, GRID_OUTAGES, request);
    }

    @GetMapping(GRID_OUTAGES)
    @Operation(summary = "Grid outages, optionally those overlapping [from, to)",
            responses = @ApiResponse(responseCode = "200", description = "The outages", content = @Content(
                    examples = @ExampleObject(value = UptimeDtos.EXCLUSION_LIST_EXAMPLE))))
    Page<UptimeDtos.ExclusionResponse> listGridOutages(@RequestParam(required = false) Instant from,
                                                       @RequestParam(required = false) Instant to) {
        return list(ExclusionKind.GRID_OUTAGE, from, to);
    }

    @DeleteMapping(GRID_OUTAGES + "/{id}")
    @Operation(summary = "Delete a grid outage",
            responses = @ApiResponse(responseCode = "204", description = "Deleted"))
    ResponseEntity<Void> deleteGridOutage(@PathVariable UUID id) {
        return delete(ExclusionKind.GRID_OUTAGE, id);
    }

    private ResponseEntity<UptimeDtos.ExclusionResponse> add(ExclusionKind kind, String path,
                                                             UptimeDtos.ExclusionRequest request) {
        if (!request.to().isAfter(request.from())) {
            throw ProblemException.invalid("to", "must be after from");
        }
        SiteId site = request.siteId() == null ? null : new SiteId(request.siteId());
        ChargerIdentity charger = charger(request.chargerId());
        if (kind == ExclusionKind.GRID_OUTAGE && (site == null || charger != null)) {
            throw ProblemException.invalid("siteId", "a grid outage is entered for a site (and no charger)");
        }
        if ((site == null) == (charger == null)) {
            throw ProblemException.invalid("siteId", "give either siteId or chargerId");
        }
        // Another tenant's site or charger reads exactly like a missing one.
        TenantId tenant = Callers.tenant();
        if (site != null && sites.find(site).filter(found -> found.tenant().equals(tenant)).isEmpty()) {
            throw new ProblemException(ProblemType.SITE_NOT_FOUND, "No site " + site);
        }
        if (charger != null && !chargers.tenantOf(charger).filter(tenant::equals).isPresent()) {
            throw new ChargerNotFoundException(charger);
        }
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        Exclusion added = exclusions.add(kind, site, charger, request.from(), request.to(), reason);
        return ResponseEntity.created(URI.create("/api/v1" + path + "/" + added.id()))
                .body(UptimeDtos.ExclusionResponse.of(added));
    }

    private Page<UptimeDtos.ExclusionResponse> list(ExclusionKind kind, Instant from, Instant to) {
        return Page.all(exclusions.list(Callers.tenant(), kind, from, to).stream().map(UptimeDtos.ExclusionResponse::of).toList());
    }

    static String notFoundDetail(ExclusionKind kind, Object id) {
        return "No such " + kind.name().toLowerCase().replace('_', ' ') + " " + id;
    }

    private ResponseEntity<Void> delete(ExclusionKind kind, UUID id) {
        var existing = exclusions.find(new ExclusionId(id)).filter(e -> e.kind() == kind)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, notFoundDetail(kind, id)));
        exclusions.delete(existing.id());
        return ResponseEntity.noContent().build();
    }

    private static ChargerIdentity charger(String chargerId) {
        return chargerId == null || chargerId.isBlank() ? null : RequestValues.charger(chargerId, "chargerId");
    }
}
