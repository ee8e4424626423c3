package io.busbar.ocpp16;

import io.busbar.authorization.AuthorizationResult;
import io.busbar.authorization.Authorizer;
import io.busbar.gateway.ChargerContext;
import io.busbar.gateway.InboundHandler;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v16.AuthorizeRequest;
import io.busbar.ocpp.v16.AuthorizeResponse;
import io.busbar.ocpp.v16.Ocpp16;
import io.busbar.pricedisplay.DriverPriceTexts;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** OCPP 1.6 §4.1: may this idTag charge here now? */
@Component("ocpp16Authorize")
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
        return Ocpp16.AUTHORIZE;
    }

    @Override
    public AuthorizeResponse handle(ChargerContext charger, AuthorizeRequest request) {
        AuthorizationResult result = authorizer.authorize(
                Ocpp16Mapping.idTag(request.idTag()), Ocpp16Mapping.identity(charger), clock.instant(), true);
        // price display: SetUserPrice in the background once the driver is accepted (California pricing)
        if (result.status().accepted()) {
            priceTexts.driverIdentified(Ocpp16Mapping.identity(charger), null, Ocpp16Mapping.idTag(request.idTag()));
        }
        return new AuthorizeResponse(Ocpp16Mapping.idTagInfo(result));
    }
}
