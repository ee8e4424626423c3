package io.busbar.api.payments;

import io.busbar.api.chargers.OwnChargers;
import io.busbar.api.openapi.ApiTags;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.payments.PaymentDeclinedException;
import io.busbar.payments.PaymentProviderException;
import io.busbar.payments.TerminalAuthorization;
import io.busbar.payments.TerminalPayments;
import io.busbar.tariffs.Money;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Currency;
import java.util.UUID;

/** The ad hoc payment-terminal flow: pre-authorise at a charger, capture on the CDR, release the rest. */
@RestController
@RequestMapping("/api/v1/payments/authorizations")
@Tag(name = ApiTags.PAYMENTS)
class TerminalController {
    private final TerminalPayments terminal;
    private final OwnChargers ownChargers;

    TerminalController(TerminalPayments terminal, OwnChargers ownChargers) {
        this.terminal = terminal;
        this.ownChargers = ownChargers;
    }

    @PostMapping
    @Operation(summary = "Pre-authorise an amount on a card for a session at an EVSE and issue its id token",
            requestBody = @RequestBody(content = @Content(examples = @ExampleObject(value = PaymentDtos.AUTHORIZE_REQUEST))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Authorised; start the session with idToken",
                            content = @Content(examples = @ExampleObject(value = PaymentDtos.AUTHORIZATION_EXAMPLE))),
                    @ApiResponse(responseCode = "402", description = "Declined by the payment provider")})
    ResponseEntity<PaymentDtos.AuthorizationResponse> authorize(
            @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
            @Valid @org.springframework.web.bind.annotation.RequestBody PaymentDtos.AuthorizeRequest request) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw ProblemException.invalid("Idempotency-Key", "must have 1 to 200 characters");
        }
        Money amount;
        try {
            amount = new Money(request.amount(), Currency.getInstance(request.currency() == null ? "EUR" : request.currency()));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("amount", e.getMessage());
        }
        try {
            TerminalAuthorization authorization = terminal.authorize(ownChargers.require(request.chargerId()),
                    request.evseId(), amount, request.paymentMethod(), idempotencyKey);
            return ResponseEntity.created(URI.create("/api/v1/payments/authorizations/" + authorization.id()))
                    .body(PaymentDtos.AuthorizationResponse.of(authorization));
        } catch (PaymentDeclinedException e) {
            throw new ProblemException(ProblemType.PAYMENT_DECLINED, "Payment declined: " + e.getMessage());
        } catch (PaymentProviderException e) {
            throw new ProblemException(ProblemType.PAYMENT_PROVIDER_FAILED, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("Idempotency-Key", e.getMessage());
        }
    }

    @GetMapping("/{id}")
    @Operation(summary = "One ad hoc authorization: AUTHORIZED, CAPTURED (with the amount taken) or RELEASED",
            responses = @ApiResponse(responseCode = "200", description = "The authorization", content = @Content(
                    examples = @ExampleObject(value = PaymentDtos.AUTHORIZATION_EXAMPLE))))
    PaymentDtos.AuthorizationResponse get(@PathVariable UUID id) {
        return PaymentDtos.AuthorizationResponse.of(terminal.find(id).orElseThrow(() -> notFound(id)));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Release an authorization whose session never started; idempotent",
            responses = @ApiResponse(responseCode = "200", description = "Released", content = @Content(
                    examples = @ExampleObject(value = PaymentDtos.AUTHORIZATION_EXAMPLE))))
    PaymentDtos.AuthorizationResponse release(@PathVariable UUID id) {
        terminal.find(id).orElseThrow(() -> notFound(id));
        try {
            return PaymentDtos.AuthorizationResponse.of(terminal.release(id));
        } catch (IllegalStateException e) {
            throw new ProblemException(ProblemType.CONFLICT, e.getMessage());
        } catch (PaymentProviderException e) {
            throw new ProblemException(ProblemType.PAYMENT_PROVIDER_FAILED, e.getMessage());
        }
    }

    static ProblemException notFound(UUID id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No payment authorization " + id);
    }
}
