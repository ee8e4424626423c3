package io.busbar.api.faults;

import io.busbar.api.keys.Callers;
import io.busbar.api.paging.Page;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.chargers.SiteId;
import io.busbar.chargers.Sites;
import io.busbar.faults.DriverAvailability;
import io.busbar.tenants.TenantId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@RequestMapping("/api/v1/availability")
@Tag(name = FaultDtos.TAG_AVAILABILITY, description = "What a driver may expect at each EVSE")
class AvailabilityController {
    private final DriverAvailability availability;
    private final Sites sites;

    AvailabilityController(DriverAvailability availability, Sites sites) {
        this.availability = availability;
        this.sites = sites;
    }

    @GetMapping
    @Operation(summary = "Each EVSE as AVAILABLE, OCCUPIED, RESERVED, UNAVAILABLE or OUT_OF_ORDER, with since and reason",
            responses = @ApiResponse(responseCode = "200", description = "Every EVSE of the site (or of all sites)",
                    content = @Content(examples = @ExampleObject(value = FaultDtos.AVAILABILITY_EXAMPLE))))
    Page<FaultDtos.AvailabilityResponse> list(
            @Parameter(description = "Only this site's chargers") @RequestParam(required = false) UUID siteId) {
        TenantId tenant = Callers.tenant();
        if (siteId == null) {
            return Page.all(availability.ofTenant(tenant).stream().map(FaultDtos.AvailabilityResponse::of).toList());
        }
        SiteId site = new SiteId(siteId);
        if (sites.find(site).filter(found -> found.tenant().equals(tenant)).isEmpty()) {
            throw new ProblemException(ProblemType.SITE_NOT_FOUND, "No site " + siteId);
        }
        return Page.all(availability.atSite(site).stream().map(FaultDtos.AvailabilityResponse::of).toList());
    }
}
