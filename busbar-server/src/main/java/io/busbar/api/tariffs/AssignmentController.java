package io.busbar.api.tariffs;

import io.busbar.api.keys.Callers;
import io.busbar.api.openapi.ApiTags;
import io.busbar.api.paging.Page;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.authorization.IdTokens;
import io.busbar.authorization.TokenRecord;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.chargers.SiteId;
import io.busbar.chargers.Sites;
import io.busbar.tariffs.AssignmentScope;
import io.busbar.tariffs.PricingTarget;
import io.busbar.tariffs.TariffAssignments;
import io.busbar.tariffs.TariffId;
import io.busbar.tariffs.TariffNotFoundException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Tariff assignments (history kept: closed, never deleted) and which tariff applies at an EVSE. */
@RestController
@Tag(name = ApiTags.TARIFFS)
class AssignmentController {
    private final TariffAssignments assignments;
    private final IdTokens idTokens;
    private final ChargerRegistry chargers;
    private final Sites sites;
    private final Clock clock;

    AssignmentController(TariffAssignments assignments, IdTokens idTokens, ChargerRegistry chargers, Sites sites,
                         Clock clock) {
        this.assignments = assignments;
        this.idTokens = idTokens;
        this.chargers = chargers;
        this.sites = sites;
        this.clock = clock;
    }

    @PostMapping("/api/v1/tariff-assignments")
    @Operation(summary = "Assign a tariff to an EVSE, token group, site or roaming partner for a period",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = AssignmentDtos.ASSIGN_EXAMPLE))),
            responses = @ApiResponse(responseCode = "201", description = "Assigned", content = @Content(
                    examples = @ExampleObject(value = AssignmentDtos.ASSIGNMENT_EXAMPLE))))
    ResponseEntity<AssignmentDtos.AssignmentResponse> assign(@Valid @RequestBody AssignmentDtos.AssignRequest request) {
        var assignment = assignments.assign(Callers.tenant(), new TariffId(request.tariffId()), request.scope(),
                requireOwnTarget(request.scope(), request.target().strip()),
                request.validFrom() == null ? clock.instant() : request.validFrom(), request.validTo());
        return ResponseEntity.created(URI.create("/api/v1/tariff-assignments/" + assignment.id()))
                .body(AssignmentDtos.AssignmentResponse.of(assignment));
    }

    @GetMapping("/api/v1/tariff-assignments")
    @Operation(summary = "Assignments, newest first, closed ones included",
            responses = @ApiResponse(responseCode = "200", description = "The assignments", content = @Content(
                    examples = @ExampleObject(value = AssignmentDtos.LIST_EXAMPLE))))
    Page<AssignmentDtos.AssignmentResponse> list(@RequestParam(required = false) String tariffId,
                                                 @RequestParam(required = false) AssignmentScope scope,
                                                 @RequestParam(required = false) String target) {
        return Page.all(assignments.list(Callers.tenant(), tariffId == null ? null : new TariffId(tariffId), scope,
                        target).stream()
                .map(AssignmentDtos.AssignmentResponse::of).toList());
    }

    @GetMapping("/api/v1/tariff-assignments/{id}")
    @Operation(summary = "An assignment",
            responses = @ApiResponse(responseCode = "200", description = "The assignment", content = @Content(
                    examples = @ExampleObject(value = AssignmentDtos.ASSIGNMENT_EXAMPLE))))
    AssignmentDtos.AssignmentResponse get(@PathVariable UUID id) {
        return assignments.find(id).map(AssignmentDtos.AssignmentResponse::of)
                .orElseThrow(() -> new TariffNotFoundException(TariffOwnership.noAssignment(id.toString())));
    }

    @PostMapping("/api/v1/tariff-assignments/{id}/close")
    @Operation(summary = "End an assignment (its history stays)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = AssignmentDtos.CLOSE_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200", description = "Closed", content = @Content(
                    examples = @ExampleObject(value = AssignmentDtos.ASSIGNMENT_EXAMPLE))))
    AssignmentDtos.AssignmentResponse close(@PathVariable UUID id, @RequestBody AssignmentDtos.CloseRequest request) {
        return AssignmentDtos.AssignmentResponse.of(assignments.close(id,
                request.validTo() == null ? clock.instant() : request.validTo()));
    }

    @GetMapping("/api/v1/chargers/{identity}/evses/{evseId}/tariff")
    @Operation(summary = "Which tariff applies at an EVSE (EVSE > token group > site > partner), and why",
            responses = @ApiResponse(responseCode = "200", description = "The tariff in force", content = @Content(
                    examples = @ExampleObject(value = AssignmentDtos.RESOLUTION_EXAMPLE))))
    AssignmentDtos.ResolutionResponse tariffAt(@PathVariable String identity, @PathVariable int evseId,
                                               @RequestParam(required = false) Instant at,
                                               @RequestParam(required = false) String idToken,
                                               @RequestParam(required = false) String partner) {
        PricingTarget target = new PricingTarget(new ChargerIdentity(identity), evseId, tokenGroup(idTokens, idToken),
                partner);
        return AssignmentDtos.ResolutionResponse.of(assignments.resolve(target, at == null ? clock.instant() : at));
    }

    /** The token's authorization group, if the token is one of the caller's and has one. */
    static String tokenGroup(IdTokens idTokens, String idToken) {
        return idToken == null ? null : idTokens.find(idToken).filter(token -> token.tenant().equals(Callers.tenant()))
                .map(TokenRecord::groupId).orElse(null);
    }

    /**
     * An EVSE or site of another tenant is answered like one that does not exist. (One not registered yet may be
     * assigned ahead, as before tenants: only the tariffs of a charger's own tenant ever apply to it.)
     */
    private String requireOwnTarget(AssignmentScope scope, String target) {
        if (scope == AssignmentScope.EVSE && target.lastIndexOf('#') > 0) {
            String identity = target.substring(0, target.lastIndexOf('#'));
            try {
                chargers.tenantOf(new ChargerIdentity(identity)).filter(owner -> !owner.equals(Callers.tenant()))
                        .ifPresent(other -> {
                            throw new ProblemException(ProblemType.CHARGER_NOT_FOUND, "No charger " + identity);
                        });
            } catch (IllegalArgumentException malformed) {
                // not an identity: the assignment refuses it
            }
        }
        if (scope == AssignmentScope.SITE) {
            try {
                sites.find(new SiteId(UUID.fromString(target))).filter(site -> !site.tenant().equals(Callers.tenant()))
                        .ifPresent(other -> {
                            throw new ProblemException(ProblemType.SITE_NOT_FOUND, "No site " + target);
                        });
            } catch (IllegalArgumentException malformed) {
                // not a site id: the assignment refuses it
            }
        }
        return target;
    }
}
