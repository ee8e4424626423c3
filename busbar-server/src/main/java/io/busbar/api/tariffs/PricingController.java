package io.busbar.api.tariffs;

import io.busbar.api.chargers.OwnChargers;
import io.busbar.api.openapi.ApiTags;
import io.busbar.api.problems.ProblemException;
import io.busbar.authorization.IdTokens;
import io.busbar.platform.units.Current;
import io.busbar.platform.units.Energy;
import io.busbar.platform.units.Power;
import io.busbar.sessions.SessionId;
import io.busbar.tariffs.PricingTarget;
import io.busbar.tariffs.QuoteRequest;
import io.busbar.tariffs.TariffPricing;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/** Prices before (quote) and during/after (running cost) a session. */
@RestController
@Tag(name = ApiTags.TARIFFS)
class PricingController {
    private final TariffPricing pricing;
    private final IdTokens idTokens;
    private final OwnChargers ownChargers;
    private final Clock clock;

    PricingController(TariffPricing pricing, IdTokens idTokens, OwnChargers ownChargers, Clock clock) {
        this.pricing = pricing;
        this.idTokens = idTokens;
        this.ownChargers = ownChargers;
        this.clock = clock;
    }

    @PostMapping("/api/v1/quotes")
    @Operation(summary = "What a session at this EVSE would cost (tariff in force, site time zone, schedules)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = PricingDtos.QUOTE_REQUEST_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200", description = "The quote with its breakdown in words and numbers",
                    content = @Content(examples = @ExampleObject(value = PricingDtos.QUOTE_EXAMPLE))))
    PricingDtos.QuoteResponse quote(@Valid @RequestBody PricingDtos.QuoteBody body) {
        if ((body.energyKwh() == null) == (body.minutes() == null)) {
            throw ProblemException.invalid("energyKwh", "give energyKwh or minutes, not both or neither");
        }
        Power power = Power.ofWatts(kilo(body.powerKw()));
        Current current = body.currentA() == null ? Current.ZERO : Current.ofAmps(body.currentA());
        var start = body.at() == null ? clock.instant() : body.at();
        QuoteRequest request = body.energyKwh() != null
                ? QuoteRequest.forEnergy(start, Energy.ofWattHours(kilo(body.energyKwh())), power, current)
                : QuoteRequest.forChargingTime(start, Duration.ofMinutes(body.minutes()), power, current);
        if (body.idleMinutes() != null) {
            request = request.thenIdleFor(Duration.ofMinutes(body.idleMinutes()));
        }
        PricingTarget target = new PricingTarget(ownChargers.require(body.chargerId()), body.evseId(),
                AssignmentController.tokenGroup(idTokens, body.idToken()), null);
        return PricingDtos.QuoteResponse.of(pricing.quote(target, request));
    }

    @GetMapping("/api/v1/sessions/{id}/cost")
    @Operation(summary = "The cost of a session so far (active) or final (ended), under the tariff version pinned at its start",
            responses = @ApiResponse(responseCode = "200", description = "The running or final cost",
                    content = @Content(examples = @ExampleObject(value = PricingDtos.COST_EXAMPLE))))
    PricingDtos.CostResponse cost(@PathVariable UUID id) {
        return PricingDtos.CostResponse.of(pricing.sessionCost(new SessionId(id)));
    }

    /** kW / kWh to whole W / Wh. */
    private static long kilo(BigDecimal value) {
        return value.movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
