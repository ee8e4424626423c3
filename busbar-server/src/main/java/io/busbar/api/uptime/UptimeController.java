package io.busbar.api.uptime;

import io.busbar.api.keys.Callers;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.RequestValues;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.SiteId;
import io.busbar.uptime.UptimeQuery;
import io.busbar.uptime.UptimeReports;
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

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/uptime")
@Tag(name = UptimeApi.TAG, description = UptimeApi.TAG_DESCRIPTION)
class UptimeController {
    private final UptimeReports reports;

    UptimeController(UptimeReports reports) {
        this.reports = reports;
    }

    @GetMapping
    @Operation(summary = "The uptime / SLA report for a period",
            description = "Per EVSE, per site and for the network: monitored, excluded, up and down seconds, uptime "
                    + "percent, whether the target was met, the charge-success rate and the downtime by cause, "
                    + "largest first. " + io.busbar.uptime.UptimeDefinition.TEXT,
            responses = @ApiResponse(responseCode = "200", description = "The report", content = @Content(
                    examples = @ExampleObject(value = UptimeDtos.REPORT_EXAMPLE))))
    UptimeDtos.ReportResponse report(
            @Parameter(description = "Start (inclusive)", example = "2026-09-01T00:00:00Z") @RequestParam Instant from,
            @Parameter(description = "End (exclusive); time after the present is not counted",
                    example = "2026-10-01T00:00:00Z") @RequestParam Instant to,
            @Parameter(description = "Only this site") @RequestParam(required = false) UUID siteId,
            @Parameter(description = "Only this charger") @RequestParam(required = false) String chargerId,
            @Parameter(description = "Target uptime in percent") @RequestParam(defaultValue = "99.0") BigDecimal target) {
        if (!to.isAfter(from)) {
            throw ProblemException.invalid("to", "must be after from");
        }
        if (target.signum() < 0 || target.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw ProblemException.invalid("target", "must be a percentage between 0 and 100");
        }
        ChargerIdentity charger = RequestValues.charger(chargerId, "chargerId");
        return UptimeDtos.ReportResponse.of(reports.report(new UptimeQuery(Callers.tenant(), from, to,
                siteId == null ? null : new SiteId(siteId), charger, target)));
    }
}
