package io.busbar.ocpp201;

import io.busbar.authorization.AuthorizationResult;
import io.busbar.authorization.Authorizer;
import io.busbar.gateway.ChargerContext;
import io.busbar.gateway.InboundHandler;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.AuthorizeRequest;
import io.busbar.ocpp.v201.AuthorizeResponse;
import io.busbar.ocpp.v201.Ocpp201;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** C01: is this token allowed to charge here, now? (ISO 15118 certificate checks come with Plug &amp; Charge.) */
@Component("ocpp201Authorize")
class AuthorizeHandler implements InboundHandler<AuthorizeRequest, AuthorizeResponse> {
    private final Authorizer authorizer;
    private final Clock clock;

    AuthorizeHandler(Authorizer authorizer, Clock clock) {
        this.authorizer = authorizer;
        this.clock = clock;
    }

    @Override
    public Action<AuthorizeRequest, AuthorizeResponse> action() {
        return Ocpp201.AUTHORIZE;
    }

    @Override
    public AuthorizeResponse handle(ChargerContext charger, AuthorizeRequest request) {
        AuthorizationResult result = authorizer.authorize(Ocpp201Mapping.idToken(request.idToken()),
                Ocpp201Mapping.identity(charger), clock.instant(), true);
        return new AuthorizeResponse(Ocpp201Mapping.idTokenInfo(result), null);
    }
}
