package io.busbar.ocpp201;

import io.busbar.authorization.AuthorizationResult;
import io.busbar.authorization.Authorizer;
import io.busbar.gateway.ChargerContext;
import io.busbar.gateway.InboundHandler;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.AuthorizeRequest;
import io.busbar.ocpp.v201.AuthorizeResponse;
import io.busbar.ocpp.v201.Ocpp201;
import io.busbar.pricedisplay.DriverPriceTexts;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** C01: is this token allowed to charge here, now? (ISO 15118 certificate checks come with Plug &amp; Charge.) */
@Component("ocpp201Authorize")
class AuthorizeHandler implements InboundHandler<AuthorizeRequest, AuthorizeResponse> {
    private final Authorizer authorizer;
    private final Clock clock;
    private final DriverPriceTexts priceTexts;

    AuthorizeHandler(Authorizer authorizer, Clock clock, DriverPriceTexts priceTexts) {
        this.authorizer = authorizer;
        this.clock = clock;
        this.priceTexts = priceTexts;
    }

    @Override
    public Action<AuthorizeRequest, AuthorizeResponse> action() {
        return Ocpp201.AUTHORIZE;
    }

    @Override
    public AuthorizeResponse handle(ChargerContext charger, AuthorizeRequest request) {
        io.busbar.authorization.IdToken token = Ocpp201Mapping.idToken(request.idToken());
        AuthorizationResult result = authorizer.authorize(token, Ocpp201Mapping.identity(charger), clock.instant(), true);
        // price display, I01: the driver's tariff as personalMessage (Authorize names no EVSE)
        return new AuthorizeResponse(PriceDisplayFields.withTariffText(Ocpp201Mapping.idTokenInfo(result),
                result.status().accepted() ? priceTexts.tariffText(Ocpp201Mapping.identity(charger), null, token)
                        : java.util.Optional.empty()), null);
    }
}
