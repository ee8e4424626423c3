package io.busbar.api.chargers;

import io.busbar.api.keys.Callers;
import io.busbar.tenants.TenantId;

import io.busbar.api.openapi.ApiTags;
import io.busbar.api.paging.Page;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.RequestValues;
import io.busbar.chargers.Charger;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerNotFoundException;
import io.busbar.chargers.ChargerNotification;
import io.busbar.chargers.ChargerNotifications;
import io.busbar.chargers.ChargerPresence;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.chargers.RegisterCharger;
import io.busbar.chargers.RegistrationStatus;
import io.busbar.chargers.SiteId;
import io.busbar.chargers.Sites;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.UUID;

@RestController
@RequestMapping("/api/v1/chargers")
@Tag(name = ApiTags.CHARGERS)
class ChargerController {
    private final ChargerRegistry registry;
    private final Sites sites;
    private final ChargerPresence presence;
    private final ChargerNotifications notifications;

    ChargerController(ChargerRegistry registry, Sites sites, ChargerPresence presence,
                      ChargerNotifications notifications) {
        this.registry = registry;
        this.sites = sites;
        this.presence = presence;
        this.notifications = notifications;
    }

    @PostMapping
    @Operation(summary = "Register a charger ahead of its first connection (it is ACCEPTED)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = ChargerDtos.REGISTER_EXAMPLE))),
            responses = @ApiResponse(responseCode = "201", description = "Registered", content = @Content(
                    examples = @ExampleObject(value = ChargerDtos.DETAIL_EXAMPLE))))
    ResponseEntity<ChargerDtos.ChargerDetail> register(@Valid @RequestBody ChargerDtos.RegisterChargerRequest request) {
        SiteId siteId = request.siteId() == null ? null : new SiteId(request.siteId());
        TenantId tenant = Callers.tenant();
        // Another tenant's site reads exactly like a missing one: nothing of theirs is confirmed.
        if (siteId != null && sites.find(siteId).filter(site -> site.tenant().equals(tenant)).isEmpty()) {
            throw ProblemException.invalid("siteId", "no such site");
        }
        Charger charger = registry.register(tenant, new RegisterCharger(new ChargerIdentity(request.identity()),
                request.password(), siteId, request.label()));
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/v1/chargers/{identity}")
                        .buildAndExpand(charger.identity().value()).encode().toUri())
                .body(ChargerDtos.ChargerDetail.of(charger));
    }

    @GetMapping
    @Operation(summary = "List chargers, ordered by identity",
            responses = @ApiResponse(responseCode = "200", description = "A page of chargers", content = @Content(
                    examples = @ExampleObject(value = ChargerDtos.LIST_EXAMPLE))))
    Page<ChargerDtos.ChargerSummary> list(
            @RequestParam(required = false) UUID siteId,
            @RequestParam(required = false) RegistrationStatus registration,
            @RequestParam(required = false) Boolean online,
            @Parameter(description = "The `next` cursor of the previous page") @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "" + Page.DEFAULT_LIMIT) @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        var filter = new ChargerRegistry.ChargerFilter(Callers.tenant(), siteId == null ? null : new SiteId(siteId),
                registration, online);
        return Page.of(registry.list(filter, after, limit + 1), limit, charger -> charger.identity().value(),
                ChargerDtos.ChargerSummary::of);
    }

    @GetMapping("/{identity}")
    @Operation(summary = "A charger with its EVSEs, connectors and their status",
            responses = @ApiResponse(responseCode = "200", description = "The charger", content = @Content(
                    examples = @ExampleObject(value = ChargerDtos.DETAIL_EXAMPLE))))
    ChargerDtos.ChargerDetail get(@PathVariable String identity) {
        return ChargerDtos.ChargerDetail.of(existing(identity));
    }

    @PostMapping("/{identity}/approve")
    @Operation(summary = "Accept a PENDING or REJECTED charger: its next boot is answered Accepted",
            responses = @ApiResponse(responseCode = "200", description = "The charger", content = @Content(
                    examples = @ExampleObject(value = ChargerDtos.DETAIL_EXAMPLE))))
    ChargerDtos.ChargerDetail approve(@PathVariable String identity) {
        return ChargerDtos.ChargerDetail.of(registry.approve(identity(identity)));
    }

    @PostMapping("/{identity}/reject")
    @Operation(summary = "Reject a charger: its next boot is answered Rejected",
            responses = @ApiResponse(responseCode = "200", description = "The charger", content = @Content(
                    examples = @ExampleObject(value = ChargerDtos.DETAIL_EXAMPLE))))
    ChargerDtos.ChargerDetail reject(@PathVariable String identity) {
        return ChargerDtos.ChargerDetail.of(registry.reject(identity(identity)));
    }

    @PutMapping("/{identity}/password")
    @Operation(summary = "Set the charger's HTTP Basic password (16 to 40 characters; stored hashed)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = ChargerDtos.PASSWORD_EXAMPLE))),
            responses = @ApiResponse(responseCode = "204", description = "Changed"))
    ResponseEntity<Void> changePassword(@PathVariable String identity,
                                        @Valid @RequestBody ChargerDtos.ChangePasswordRequest request) {
        registry.changePassword(identity(identity), request.password());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{identity}/presence")
    @Operation(summary = "The latest online/offline transitions",
            responses = @ApiResponse(responseCode = "200", description = "The history", content = @Content(
                    examples = @ExampleObject(value = ChargerDtos.PRESENCE_EXAMPLE))))
    Page<ChargerDtos.PresenceEventResponse> presence(
            @PathVariable String identity,
            @RequestParam(defaultValue = "" + Page.DEFAULT_LIMIT) @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        Charger charger = existing(identity);
        return Page.all(presence.history(charger.identity(), limit).stream()
                .map(ChargerDtos.PresenceEventResponse::of).toList());
    }

    @GetMapping("/{identity}/notifications")
    @Operation(summary = "What the charger reported (firmware, logs, security and device events), latest first",
            responses = @ApiResponse(responseCode = "200", description = "The notifications", content = @Content(
                    examples = @ExampleObject(value = ChargerDtos.NOTIFICATIONS_EXAMPLE))))
    Page<ChargerDtos.NotificationResponse> notifications(
            @PathVariable String identity,
            @Parameter(description = "Only this type; all types when absent")
            @RequestParam(required = false) ChargerNotification.Type type,
            @RequestParam(defaultValue = "" + Page.DEFAULT_LIMIT) @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        Charger charger = existing(identity);
        return Page.all(notifications.recent(charger.identity(), type, limit).stream()
                .map(ChargerDtos.NotificationResponse::of).toList());
    }

    private Charger existing(String identity) {
        ChargerIdentity id = identity(identity);
        return registry.find(id).orElseThrow(() -> new ChargerNotFoundException(id));
    }

    private static ChargerIdentity identity(String value) {
        return RequestValues.charger(value, "identity");
    }
}
