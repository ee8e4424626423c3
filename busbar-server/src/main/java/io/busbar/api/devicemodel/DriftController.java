package io.busbar.api.devicemodel;

import io.busbar.api.keys.Callers;
import io.busbar.api.paging.Page;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.devicemodel.DriftChecks;
import io.busbar.devicemodel.DriftReport;
import io.busbar.devicemodel.DriftReports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Drift between chargers and their configuration templates: check on demand, latest report, who drifts. */
@RestController
@Tag(name = DeviceModelDtos.TAG_TEMPLATES)
class DriftController {
    private final DriftChecks checks;
    private final DriftReports reports;
    private final ChargerRegistry chargers;

    DriftController(DriftChecks checks, DriftReports reports, ChargerRegistry chargers) {
        this.checks = checks;
        this.reports = reports;
        this.chargers = chargers;
    }

    @PostMapping("/api/v1/chargers/{identity}/drift-check")
    @Operation(summary = "Compare the charger's settings with its template now; correct differences when asked "
            + "(or when the template auto-corrects)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = DeviceModelDtos.DRIFT_CHECK_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200", description = "The stored drift report", content = @Content(
                    examples = @ExampleObject(value = DeviceModelDtos.DRIFT_EXAMPLE))))
    DeviceModelDtos.DriftReportResponse check(@PathVariable String identity,
                                              @RequestBody(required = false) DeviceModelDtos.DriftCheckRequest request) {
        boolean correct = request != null && Boolean.TRUE.equals(request.correct());
        return DeviceModelDtos.DriftReportResponse.of(checks.check(Callers.current(), new ChargerIdentity(identity), correct));
    }

    @GetMapping("/api/v1/chargers/{identity}/drift")
    @Operation(summary = "The charger's latest drift report",
            responses = @ApiResponse(responseCode = "200", description = "The latest report", content = @Content(
                    examples = @ExampleObject(value = DeviceModelDtos.DRIFT_EXAMPLE))))
    DeviceModelDtos.DriftReportResponse latest(@PathVariable String identity) {
        ChargerIdentity charger = new ChargerIdentity(identity);
        chargers.require(charger);
        DriftReport report = reports.latest(charger).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "Charger " + identity + " has not been checked for drift yet"));
        return DeviceModelDtos.DriftReportResponse.of(report);
    }

    @GetMapping("/api/v1/drift")
    @Operation(summary = "Each charger's latest drift report, e.g. inSync=false for the chargers that drift",
            responses = @ApiResponse(responseCode = "200", description = "A page of reports, by charger",
                    content = @Content(examples = @ExampleObject(value = DeviceModelDtos.DRIFTS_EXAMPLE))))
    Page<DeviceModelDtos.DriftReportResponse> drifting(
            @Parameter(description = "false: chargers with uncorrected drift; true: in sync; absent: all")
            @RequestParam(required = false) Boolean inSync,
            @Parameter(description = "The `next` cursor of the previous page") @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "" + Page.DEFAULT_LIMIT) @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        return Page.of(reports.latestPerCharger(Callers.tenant(), inSync, after, limit + 1), limit, r -> r.charger().value(),
                DeviceModelDtos.DriftReportResponse::of);
    }
}
