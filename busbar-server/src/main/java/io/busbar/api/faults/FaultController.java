package io.busbar.api.faults;

import io.busbar.api.keys.Callers;
import io.busbar.api.paging.Page;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.api.problems.RequestValues;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.chargers.SiteId;
import io.busbar.faults.Fault;
import io.busbar.faults.FaultId;
import io.busbar.faults.FaultNotFoundException;
import io.busbar.faults.FaultSeverity;
import io.busbar.faults.FaultType;
import io.busbar.faults.Faults;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1")
@Tag(name = FaultDtos.TAG_FAULTS, description = "The unified fault log: every fault as an interval with a severity")
class FaultController {
    private final Faults faults;
    private final ChargerRegistry chargers;

    FaultController(Faults faults, ChargerRegistry chargers) {
        this.faults = faults;
        this.chargers = chargers;
    }

    @GetMapping("/faults")
    @Operation(summary = "List faults, newest first",
            responses = @ApiResponse(responseCode = "200", description = "A page of faults", content = @Content(
                    examples = @ExampleObject(value = FaultDtos.LIST_EXAMPLE))))
    Page<FaultDtos.FaultResponse> list(
            @Parameter(description = "Only this charger (identity)") @RequestParam(required = false) @Size(min = 1, max = 48) String chargerId,
            @Parameter(description = "Only chargers of this site") @RequestParam(required = false) UUID siteId,
            @RequestParam(required = false) FaultType type,
            @Parameter(description = "This severity or worse") @RequestParam(required = false) FaultSeverity minSeverity,
            @Parameter(description = "true: open faults only; false: closed ones only") @RequestParam(required = false) Boolean open,
            @Parameter(description = "Faults still open at or after this instant") @RequestParam(required = false) Instant from,
            @Parameter(description = "Faults opened before this instant") @RequestParam(required = false) Instant to,
            @Parameter(description = "The `next` cursor of the previous page") @RequestParam(required = false) UUID before,
            @RequestParam(defaultValue = "" + Page.DEFAULT_LIMIT) @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.invalid("from", "must not be after 'to'");
        }
        var filter = new Faults.FaultFilter(Callers.tenant(), chargerId == null ? null : charger(chargerId),
                siteId == null ? null : new SiteId(siteId), type, minSeverity, open, from, to);
        return page(filter, before, limit);
    }

    @GetMapping("/faults/{id}")
    @Operation(summary = "One fault with its source details",
            responses = @ApiResponse(responseCode = "200", description = "The fault", content = @Content(
                    examples = @ExampleObject(value = FaultDtos.FAULT_EXAMPLE))))
    FaultDtos.FaultResponse get(@PathVariable UUID id) {
        return FaultDtos.FaultResponse.of(faults.find(new FaultId(id)).orElseThrow(() -> notFound(id)));
    }

    @PostMapping("/faults/{id}/close")
    @Operation(summary = "Close a fault by hand (an operator fixed it); closing a closed fault changes nothing",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = FaultDtos.CLOSE_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200", description = "The closed fault", content = @Content(
                    examples = @ExampleObject(value = FaultDtos.CLOSED_EXAMPLE))))
    FaultDtos.FaultResponse close(@PathVariable UUID id, @Valid @RequestBody FaultDtos.CloseRequest request) {
        try {
            return FaultDtos.FaultResponse.of(faults.close(new FaultId(id), request.reason().strip()));
        } catch (FaultNotFoundException e) {
            throw notFound(id);
        }
    }

    @GetMapping("/chargers/{identity}/faults")
    @Operation(summary = "One charger's faults, newest first",
            responses = @ApiResponse(responseCode = "200", description = "A page of faults", content = @Content(
                    examples = @ExampleObject(value = FaultDtos.LIST_EXAMPLE))))
    Page<FaultDtos.FaultResponse> ofCharger(
            @PathVariable String identity,
            @Parameter(description = "true: open faults only; false: closed ones only") @RequestParam(required = false) Boolean open,
            @Parameter(description = "The `next` cursor of the previous page") @RequestParam(required = false) UUID before,
            @RequestParam(defaultValue = "" + Page.DEFAULT_LIMIT) @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        ChargerIdentity charger = chargers.require(charger(identity)).identity();
        return page(new Faults.FaultFilter(charger, null, null, null, open, null, null), before, limit);
    }

    private Page<FaultDtos.FaultResponse> page(Faults.FaultFilter filter, UUID before, int limit) {
        return Page.of(faults.list(filter, before == null ? null : new FaultId(before), limit + 1), limit,
                (Fault fault) -> fault.id().toString(), FaultDtos.FaultResponse::of);
    }

    private static ProblemException notFound(UUID id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No fault " + id);
    }

    private static ChargerIdentity charger(String identity) {
        return RequestValues.charger(identity, "chargerId");
    }
}
