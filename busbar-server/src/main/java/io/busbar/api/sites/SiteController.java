package io.busbar.api.sites;

import io.busbar.api.openapi.ApiTags;
import io.busbar.api.keys.Callers;
import io.busbar.api.paging.Page;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.chargers.Site;
import io.busbar.chargers.SiteId;
import io.busbar.chargers.Sites;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/sites")
@Tag(name = ApiTags.SITES)
class SiteController {
    /** Named "UTC" (not the offset "Z") so the JSON reads like the IANA names clients send. */
    private static final ZoneId UTC = ZoneId.of("UTC");

    private final Sites sites;

    SiteController(Sites sites) {
        this.sites = sites;
    }

    @PostMapping
    @Operation(summary = "Create a site",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = SiteDtos.CREATE_EXAMPLE))),
            responses = @ApiResponse(responseCode = "201", description = "Created", content = @Content(
                    examples = @ExampleObject(value = SiteDtos.SITE_EXAMPLE))))
    ResponseEntity<SiteDtos.SiteResponse> create(@Valid @RequestBody SiteDtos.CreateSiteRequest request) {
        Site site = sites.create(Callers.tenant(), request.name().strip(), request.address(), zone(request.timeZone()),
                request.location() == null ? null : request.location().toPoint());
        return ResponseEntity.created(URI.create("/api/v1/sites/" + site.id())).body(SiteDtos.SiteResponse.of(site));
    }

    @GetMapping
    @Operation(summary = "List your sites, by name",
            responses = @ApiResponse(responseCode = "200", description = "The sites", content = @Content(
                    examples = @ExampleObject(value = SiteDtos.LIST_EXAMPLE))))
    Page<SiteDtos.SiteResponse> list() {
        return Page.all(sites.list(Callers.tenant()).stream().map(SiteDtos.SiteResponse::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A site",
            responses = @ApiResponse(responseCode = "200", description = "The site", content = @Content(
                    examples = @ExampleObject(value = SiteDtos.SITE_EXAMPLE))))
    SiteDtos.SiteResponse get(@PathVariable UUID id) {
        return sites.find(new SiteId(id)).map(SiteDtos.SiteResponse::of)
                .orElseThrow(() -> new ProblemException(ProblemType.SITE_NOT_FOUND, "No site " + id));
    }

    private static ZoneId zone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return UTC;
        }
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            throw ProblemException.invalid("timeZone", "must be an IANA time zone such as Europe/Amsterdam");
        }
    }
}
