package io.busbar.api.smartcharging;

import io.busbar.api.openapi.ApiTags;
import io.busbar.api.paging.Page;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.chargers.SiteId;
import io.busbar.chargers.Sites;
import io.busbar.smartcharging.InvalidTopologyException;
import io.busbar.smartcharging.LoadManagementViews;
import io.busbar.smartcharging.LoadManagementViews.LoadSample;
import io.busbar.smartcharging.SiteLoads;
import io.busbar.smartcharging.SiteTopologies;
import io.busbar.smartcharging.SiteTopologies.StoredTopology;
import io.busbar.smartcharging.TopologyDocument;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Dynamic load management of a site: its topology, its non-EV load, the allocation, the load over time, demand. */
@RestController
@RequestMapping("/api/v1/sites/{id}")
@Tag(name = ApiTags.LOAD_MANAGEMENT)
class LoadManagementController {
    private final Sites sites;
    private final SiteTopologies topologies;
    private final SiteLoads loads;
    private final LoadManagementViews views;
    private final Clock clock;

    LoadManagementController(Sites sites, SiteTopologies topologies, SiteLoads loads, LoadManagementViews views,
                             Clock clock) {
        this.sites = sites;
        this.topologies = topologies;
        this.loads = loads;
        this.views = views;
        this.clock = clock;
    }

    @GetMapping("/topology")
    @Operation(summary = "The site's electrical topology and load-management policies",
            responses = @ApiResponse(responseCode = "200", description = "The stored document", content = @Content(
                    examples = @ExampleObject(value = LoadManagementExamples.STORED_TOPOLOGY))))
    TopologyResponse topology(@PathVariable UUID id) {
        SiteId site = site(id);
        return topologies.find(site).map(TopologyResponse::of).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "Site " + id + " has no topology yet: PUT one"));
    }

    @PutMapping("/topology")
    @Operation(summary = "Replace the site's topology (validated as a whole); limits and fail-safes are recomputed",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = LoadManagementExamples.TOPOLOGY))),
            responses = @ApiResponse(responseCode = "200", description = "Stored", content = @Content(
                    examples = @ExampleObject(value = LoadManagementExamples.STORED_TOPOLOGY))))
    TopologyResponse replaceTopology(@PathVariable UUID id, @RequestBody TopologyDocument document) {
        SiteId site = site(id);
        if (document == null) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "A topology document is required");
        }
        try {
            return TopologyResponse.of(topologies.replace(site, document));
        } catch (InvalidTopologyException e) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The topology is not valid",
                    e.problems().stream().map(p -> new ProblemException.FieldError(p.field(), p.message())).toList());
        }
    }

    record TopologyResponse(UUID site, int revision, Instant updatedAt, TopologyDocument document) {
        static TopologyResponse of(StoredTopology stored) {
            return new TopologyResponse(stored.site().value(), stored.revision(), stored.updatedAt(), stored.document());
        }
    }

    /** The non-EV load as an external meter or energy-management API reports it. */
    record SiteLoadReport(BigDecimal l1, BigDecimal l2, BigDecimal l3, Instant at) {
    }

    @PutMapping("/load")
    @Operation(summary = "Report the site's non-EV load per grid line (A); stale reports give way to the configured worst case",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = LoadManagementExamples.SITE_LOAD))),
            responses = @ApiResponse(responseCode = "204", description = "Stored"))
    ResponseEntity<Void> reportLoad(@PathVariable UUID id, @RequestBody SiteLoadReport report) {
        SiteId site = site(id);
        try {
            loads.report(site, report.l1(), report.l2(), report.l3(), report.at());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, e.getMessage());
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/load")
    @Operation(summary = "The site's draw per grid line against its limits, one sample per minute",
            responses = @ApiResponse(responseCode = "200", description = "Oldest first", content = @Content(
                    examples = @ExampleObject(value = LoadManagementExamples.LOAD_SERIES))))
    Page<LoadSample> load(@PathVariable UUID id,
                          @Parameter(description = "Start (inclusive); default 24 h ago") @RequestParam(required = false) Instant from,
                          @Parameter(description = "End (exclusive); default now") @RequestParam(required = false) Instant to,
                          @Parameter(description = "The next cursor of the previous page") @RequestParam(required = false) Instant after,
                          @RequestParam(defaultValue = "" + Page.DEFAULT_LIMIT) int limit) {
        SiteId site = site(id);
        if (limit < 1 || limit > Page.MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be 1 to " + Page.MAX_LIMIT);
        }
        Instant end = to == null ? clock.instant() : to;
        Instant start = from == null ? end.minus(Duration.ofHours(24)) : from;
        if (after != null && !after.isBefore(start)) {
            start = after.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        }
        List<LoadSample> fetched = views.load(site, start, end, limit + 1);
        return Page.of(fetched, limit, sample -> sample.minute().toString(), sample -> sample);
    }

    @GetMapping("/allocation")
    @Operation(summary = "The limit of every EVSE of the site now, why, and whether the charger confirmed it",
            responses = @ApiResponse(responseCode = "200", description = "The allocation", content = @Content(
                    examples = @ExampleObject(value = LoadManagementExamples.ALLOCATION))))
    LoadManagementViews.SiteAllocation allocation(@PathVariable UUID id) {
        SiteId site = site(id);
        return views.allocation(site).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "Site " + id + " has no topology"));
    }

    @GetMapping("/demand")
    @Operation(summary = "Rolling demand-window average now, and today's and this month's peak window",
            responses = @ApiResponse(responseCode = "200", description = "Demand", content = @Content(
                    examples = @ExampleObject(value = LoadManagementExamples.DEMAND))))
    LoadManagementViews.Demand demand(@PathVariable UUID id) {
        SiteId site = site(id);
        return views.demand(site).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "Site " + id + " has no topology"));
    }

    private SiteId site(UUID id) {
        SiteId site = new SiteId(id);
        if (sites.find(site).isEmpty()) {
            throw new ProblemException(ProblemType.SITE_NOT_FOUND, "No site " + id);
        }
        return site;
    }
}
