package io.busbar.api.publicfeed;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.availability.AvailabilityFeed;
import io.busbar.availability.AvailabilityProperties;
import io.busbar.availability.FeedSubscription;
import io.busbar.availability.TooManySubscribersException;
import io.busbar.chargers.SiteId;
import io.busbar.tenants.TenantId;
import io.busbar.tenants.Tenants;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The public availability feed of a tenant, found by its slug: no credentials (what any driver may see). Answers
 * carry an ETag that changes with every change shown and {@code Cache-Control: no-cache}: caches may keep them but
 * must ask again, and get a cheap 304 while nothing changed, so nobody is shown a stale status.
 */
@RestController
@RequestMapping("/api/v1/public/{slug}")
@Tag(name = PublicFeedDtos.TAG, description = "What drivers see: locations, EVSEs, status, power, plug types and "
        + "price, and a stream of changes. No credentials.")
@SecurityRequirements
class PublicFeedController {
    /** A stream ends after this long; the client reconnects and resumes with Last-Event-ID. */
    private static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);
    private static final CacheControl REVALIDATE = CacheControl.noCache().cachePublic();

    private final AvailabilityFeed feed;
    private final Tenants tenants;
    private final AvailabilityProperties properties;
    /** Slugs never change: known ones are kept (unknown ones are not, so random slugs cannot grow it). */
    private final Map<String, TenantId> bySlug = new ConcurrentHashMap<>();

    PublicFeedController(AvailabilityFeed feed, Tenants tenants, AvailabilityProperties properties) {
        this.feed = feed;
        this.tenants = tenants;
        this.properties = properties;
    }

    @GetMapping("/locations")
    @Operation(summary = "The tenant's locations with live EVSE status, power, plug types and price",
            description = "Offline chargers are UNKNOWN and faulted ones OUTOFORDER, never AVAILABLE. With `near`, "
                    + "only locations within `radius` metres (default 10 km, at most 500 km), nearest first.",
            responses = @ApiResponse(responseCode = "200", description = "The locations", content = @Content(
                    examples = @ExampleObject(value = PublicFeedDtos.LOCATIONS_EXAMPLE))))
    ResponseEntity<PublicFeedDtos.Locations> locations(
            @PathVariable String slug,
            @Parameter(description = "latitude,longitude (WGS 84 degrees), e.g. 52.3770,4.9000")
            @RequestParam(required = false) String near,
            @Parameter(description = "metres around `near`") @RequestParam(required = false) Long radius,
            @RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch) {
        TenantId tenant = tenant(slug);
        NearQuery query = NearQuery.of(near, radius);
        return cached(tenant, ifNoneMatch, () -> PublicFeedDtos.Locations.of(feed.locations(tenant, query.point(), query.radiusMetres())));
    }

    @GetMapping("/locations/{siteId}")
    @Operation(summary = "One location with live EVSE status, power, plug types and price",
            responses = @ApiResponse(responseCode = "200", description = "The location", content = @Content(
                    examples = @ExampleObject(value = PublicFeedDtos.LOCATION_EXAMPLE))))
    ResponseEntity<PublicFeedDtos.Location> location(@PathVariable String slug, @PathVariable UUID siteId,
                                                     @RequestHeader(value = "If-None-Match", required = false)
                                                     String ifNoneMatch) {
        TenantId tenant = tenant(slug);
        return cached(tenant, ifNoneMatch, () -> feed.location(tenant, new SiteId(siteId))
                .map(PublicFeedDtos.Location::of)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No location " + siteId)));
    }

    @GetMapping(path = "/stream", produces = {MediaType.TEXT_EVENT_STREAM_VALUE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Server-sent events: each change of an EVSE as drivers see it, within about a second",
            description = "Each event: `id` (increasing), `event: evse`, `data` the EVSE as it is now. Reconnect "
                    + "with `Last-Event-ID` to get what you missed; when that is too old, one `snapshot` event "
                    + "(`data` as GET /locations) replaces it. A comment line comes every 15 s when idle.",
            responses = @ApiResponse(responseCode = "200", description = "The stream", content = @Content(
                    mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
                    examples = @ExampleObject(value = PublicFeedDtos.STREAM_EXAMPLE))))
    SseEmitter stream(@PathVariable String slug,
                      @Parameter(description = "the id of the last event received, to resume")
                      @RequestHeader(value = "Last-Event-ID", required = false) String lastEventId) {
        TenantId tenant = tenant(slug);
        FeedSubscription subscription;
        try {
            subscription = feed.subscribe(tenant, lastEventId(lastEventId));
        } catch (TooManySubscribersException e) {
            throw new ProblemException(ProblemType.TOO_MANY_SUBSCRIBERS, e.getMessage());
        }
        return FeedStream.start(subscription, properties.heartbeatInterval(), STREAM_LIFETIME);
    }

    private <T> ResponseEntity<T> cached(TenantId tenant, String ifNoneMatch, Supplier<T> body) {
        // The revision is read before the body: a change in between makes the next request fetch again.
        String etag = "\"" + feed.revision(tenant) + "\"";
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(REVALIDATE).build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(REVALIDATE).body(body.get());
    }

    private TenantId tenant(String slug) {
        TenantId known = bySlug.get(slug);
        if (known != null) {
            return known;
        }
        TenantId found = tenants.findBySlug(slug).orElseThrow(() ->
                new ProblemException(ProblemType.TENANT_NOT_FOUND, "No public feed " + slug)).id();
        bySlug.put(slug, found);
        return found;
    }

    /** Unreadable ids get a snapshot: the client's state is unknown. */
    private static OptionalLong lastEventId(String header) {
        if (header == null || header.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(header.strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.of(-1);
        }
    }
}
