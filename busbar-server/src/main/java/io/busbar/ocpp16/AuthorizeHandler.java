package io.busbar.ocpp16;

import io.busbar.authorization.Authorizer;
import io.busbar.gateway.ChargerContext;
import io.busbar.gateway.InboundHandler;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v16.AuthorizeRequest;
import io.busbar.ocpp.v16.AuthorizeResponse;
import io.busbar.ocpp.v16.Ocpp16;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** OCPP 1.6 §4.1: may this idTag charge here now? */
@Component("ocpp16Authorize")
class AuthorizeHandler implements InboundHandler<AuthorizeRequest, AuthorizeResponse> {
    private final Authorizer authorizer;
    private final Clock clock;

    AuthorizeHandler(Authorizer authorizer, Clock clock) {
        this.authorizer = authorizer;
        this.clock = clock;
    }

    @Override
    public Action<AuthorizeRequest, AuthorizeResponse> action() {
        return Ocpp16.AUTHORIZE;
    }

    @Override
    public AuthorizeResponse handle(ChargerContext charger, AuthorizeRequest request) {
        return new AuthorizeResponse(Ocpp16Mapping.idTagInfo(authorizer.authorize(
                Ocpp16Mapping.idTag(request.idTag()), Ocpp16Mapping.identity(charger), clock.instant(), true)));
    }
}
