package io.busbar.api.predictive;

import io.busbar.api.keys.Callers;
import io.busbar.api.paging.Page;
import io.busbar.api.problems.ProblemException;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.chargers.SiteId;
import io.busbar.chargers.Sites;
import io.busbar.commands.Actor;
import io.busbar.predictive.EvseBaselines;
import io.busbar.predictive.EvseRisk;
import io.busbar.predictive.MaintenanceRisks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Predictive maintenance: which EVSEs are likely to fail, and why. */
@RestController
@Tag(name = MaintenanceRiskController.TAG, description = "Failure risk per EVSE from its own measurements and fault history")
class MaintenanceRiskController {
    static final String TAG = "Predictive maintenance";
    private final MaintenanceRisks risks;
    private final ChargerRegistry chargers;
    private final Sites sites;
    private final EvseBaselines baselines;

    MaintenanceRiskController(MaintenanceRisks risks, ChargerRegistry chargers, Sites sites, EvseBaselines baselines) {
        this.risks = risks;
        this.baselines = baselines;
        this.chargers = chargers;
        this.sites = sites;
    }

    @GetMapping("/api/v1/maintenance/risks")
    @Operation(summary = "EVSEs by failure risk, highest first",
            responses = @ApiResponse(responseCode = "200", description = "One page of risks", content = @Content(
                    examples = @ExampleObject(value = RiskDtos.PAGE_EXAMPLE))))
    Page<RiskDtos.RiskResponse> list(
            @Parameter(description = "Only this site's EVSEs") @RequestParam(required = false) UUID siteId,
            @Parameter(description = "Only risks at or above this (0..1)")
            @RequestParam(defaultValue = "0") double minRisk,
            @Parameter(description = "Cursor from the previous page's 'next'") @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "" + Page.DEFAULT_LIMIT) @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        if (!(minRisk >= 0 && minRisk <= 1)) {
            throw ProblemException.invalid("minRisk", "must be between 0 and 1");
        }
        if (siteId != null && sites.find(new SiteId(siteId)).isEmpty()) {
            throw ProblemException.invalid("siteId", "no such site");
        }
        var filter = new MaintenanceRisks.RiskFilter(Callers.tenant(), siteId == null ? null : new SiteId(siteId), minRisk);
        List<EvseRisk> fetched = risks.list(filter, after == null ? null : decode(after), limit + 1);
        return Page.of(fetched, limit, MaintenanceRiskController::encode, RiskDtos.RiskResponse::of);
    }

    @GetMapping("/api/v1/chargers/{identity}/evses/{evseId}/risk")
    @Operation(summary = "One EVSE's failure risk with its evidence (risk 0 and no evidence before any data)",
            responses = @ApiResponse(responseCode = "200", description = "The risk", content = @Content(
                    examples = @ExampleObject(value = RiskDtos.RISK_EXAMPLE))))
    RiskDtos.RiskResponse risk(@PathVariable String identity, @PathVariable @Min(1) int evseId) {
        ChargerIdentity charger = chargers.require(new ChargerIdentity(identity)).identity();
        return RiskDtos.RiskResponse.of(risks.find(charger, evseId)
                .orElse(new EvseRisk(charger, evseId, 0, List.of(), false, null, null)));
    }

    @PostMapping("/api/v1/chargers/{identity}/evses/{evseId}/risk/reset")
    @Operation(summary = "Reset the EVSE's learned baseline after a repair: its statistics, risk and warning are"
            + " cleared, its next sessions form a new baseline and a later crossing warns again (logged with the"
            + " caller)", responses = @ApiResponse(responseCode = "204", description = "Reset"))
    ResponseEntity<Void> reset(@PathVariable String identity, @PathVariable @Min(1) int evseId) {
        ChargerIdentity charger = chargers.require(new ChargerIdentity(identity)).identity();
        Actor caller = Callers.current();
        baselines.reset(charger, evseId, caller.kind() + " " + caller.id()
                + (caller.name() == null ? "" : " (" + caller.name() + ")"));
        return ResponseEntity.noContent().build();
    }

    /** Opaque cursor: the last row's risk, charger and EVSE. */
    private static String encode(EvseRisk last) {
        String raw = last.risk() + "|" + last.evseId() + "|" + last.charger().value();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static EvseRisk decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 3);
            return new EvseRisk(new ChargerIdentity(parts[2]), Integer.parseInt(parts[1]),
                    Double.parseDouble(parts[0]), List.of(), false, null, null);
        } catch (RuntimeException e) {
            throw ProblemException.invalid("after", "not a cursor from this list");
        }
    }
}
