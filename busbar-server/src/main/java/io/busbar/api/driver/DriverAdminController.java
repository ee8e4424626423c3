package io.busbar.api.driver;

import io.busbar.api.keys.Callers;
import io.busbar.api.paging.Page;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.drivers.Driver;
import io.busbar.drivers.DriverId;
import io.busbar.drivers.Drivers;
import io.busbar.authorization.IdToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.UUID;

/** The operator's view of the tenant's drivers (scope {@code drivers:read}); never a password or its hash. */
@RestController
@RequestMapping("/api/v1/drivers")
@Tag(name = DriverApiTags.OPERATOR)
class DriverAdminController {
    static final String DRIVER_EXAMPLE = """
            {"id": "7b1e4c2a-9d3f-4e8b-a1c5-2f6d8e0b3a7c", "email": "jane@example.com", "name": "Jane Doe",
             "accountId": "0b6f3c1e-2d4a-4e5f-8a9b-1c2d3e4f5a6b", "appToken": "********9F3A",
             "createdAt": "2026-11-27T09:00:00Z"}""";
    static final String LIST_EXAMPLE = "{\"items\": [" + DRIVER_EXAMPLE + "], \"next\": null}";

    private final Drivers drivers;

    DriverAdminController(Drivers drivers) {
        this.drivers = drivers;
    }

    /** @param appToken masked: all but the last 4 characters hidden */
    record DriverResponse(UUID id, String email, String name, UUID accountId, String appToken, Instant createdAt) {
        static DriverResponse of(Driver driver) {
            return new DriverResponse(driver.id().value(), driver.email(), driver.name(), driver.account().value(),
                    IdToken.of(driver.appToken()).masked(), driver.createdAt());
        }
    }

    @GetMapping
    @Operation(summary = "The tenant's drivers in sign-up order; `email` filters (part of the address, any case)",
            responses = @ApiResponse(responseCode = "200", description = "One page", content = @Content(
                    examples = @ExampleObject(value = LIST_EXAMPLE))))
    Page<DriverResponse> list(@RequestParam(required = false) String email,
                              @RequestParam(required = false) String after,
                              @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        DriverId cursor = after == null ? null : DriverId.parse(after)
                .orElseThrow(() -> ProblemException.invalid("after", "is not a cursor of this list"));
        String filter = email == null || email.isBlank() ? null : email.strip();
        return Page.of(drivers.list(Callers.tenant(), filter, cursor, limit + 1), limit, d -> d.id().toString(),
                DriverResponse::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One driver",
            responses = @ApiResponse(responseCode = "200", description = "The driver", content = @Content(
                    examples = @ExampleObject(value = DRIVER_EXAMPLE))))
    DriverResponse get(@PathVariable String id) {
        return DriverId.parse(id).flatMap(driver -> drivers.find(Callers.tenant(), driver)).map(DriverResponse::of)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No driver " + id));
    }
}
