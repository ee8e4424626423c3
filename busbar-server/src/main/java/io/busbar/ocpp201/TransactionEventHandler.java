package io.busbar.ocpp201;

import io.busbar.authorization.AuthorizationResult;
import io.busbar.authorization.Authorizer;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.gateway.ChargerContext;
import io.busbar.gateway.InboundHandler;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.IdTokenInfo;
import io.busbar.ocpp.v201.Ocpp201;
import io.busbar.ocpp.v201.TransactionEventRequest;
import io.busbar.ocpp.v201.TransactionEventResponse;
import io.busbar.pricedisplay.DriverPriceTexts;
import io.busbar.reservations.Reservations;
import io.busbar.sessions.EndSession;
import io.busbar.sessions.MeterReading;
import io.busbar.sessions.SessionLifecycle;
import io.busbar.sessions.SessionRef;
import io.busbar.sessions.SessionStartResult;
import io.busbar.sessions.StartSession;
import io.busbar.sessions.UpdateSession;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * E01-E07, E15: TransactionEvent Started / Updated / Ended become the domain's start / update / end. The
 * session module makes retries and offline-queued events idempotent (ADR 0004). When the event carries an
 * idToken the answer includes its idTokenInfo (E03.FR.01, E05.FR.01).
 */
@Component("ocpp201TransactionEvent")
class TransactionEventHandler implements InboundHandler<TransactionEventRequest, TransactionEventResponse> {
    private final SessionLifecycle sessions;
    private final Authorizer authorizer;
    private final Reservations reservations;
    private final Clock clock;
    private final DriverPriceTexts priceTexts;

    TransactionEventHandler(SessionLifecycle sessions, Authorizer authorizer, Reservations reservations,
                            Clock clock, DriverPriceTexts priceTexts) {
        this.sessions = sessions;
        this.authorizer = authorizer;
        this.reservations = reservations;
        this.clock = clock;
        this.priceTexts = priceTexts;
    }

    @Override
    public Action<TransactionEventRequest, TransactionEventResponse> action() {
        return Ocpp201.TRANSACTION_EVENT;
    }

    @Override
    public TransactionEventResponse handle(ChargerContext charger, TransactionEventRequest event) {
        ChargerIdentity identity = Ocpp201Mapping.identity(charger);
        String transactionId = event.transactionInfo().transactionId();
        SessionRef ref = new SessionRef.ByChargerTransactionId(transactionId);
        List<MeterReading> readings = Ocpp201Mapping.readings(event.meterValue());
        Integer evseId = event.evse() == null ? null : event.evse().id();
        Integer connectorId = event.evse() == null ? null : event.evse().connectorId();
        io.busbar.authorization.IdToken token = Ocpp201Mapping.idToken(event.idToken());
        IdTokenInfo tokenInfo = switch (event.eventType()) {
            case STARTED -> {
                SessionStartResult started = sessions.start(new StartSession(identity, evseId == null ? 0 : evseId,
                        connectorId == null ? 1 : connectorId, token, event.timestamp(), null, transactionId,
                        event.reservationId(), readings));
                // Started is also an update: it may carry a charging state and a sequence number worth keeping.
                sessions.update(new UpdateSession(identity, ref, event.timestamp(), event.seqNo().longValue(), evseId,
                        connectorId, null, Ocpp201Mapping.literal(event.transactionInfo().chargingState()), List.of()));
                yield token == null ? null : PriceDisplayFields.withTariffText(
                        Ocpp201Mapping.idTokenInfo(started.authorization()),
                        started.authorization().status().accepted()
                                ? priceTexts.tariffText(identity, evseId, token) : java.util.Optional.empty());
            }
            case UPDATED -> {
                sessions.update(new UpdateSession(identity, ref, event.timestamp(), event.seqNo().longValue(), evseId,
                        connectorId, token, Ocpp201Mapping.literal(event.transactionInfo().chargingState()), readings));
                yield token == null ? null : authorize(token, identity);
            }
            case ENDED -> {
                sessions.end(new EndSession(identity, ref, event.timestamp(), null,
                        Ocpp201Mapping.literal(event.transactionInfo().stoppedReason()), token,
                        event.seqNo().longValue(), evseId, readings));
                yield token == null ? null : authorize(token, identity);
            }
        };
        if (event.reservationId() != null) {
            // H03: the event that carries the reservationId (Started, or the Updated that authorized) ends it.
            reservations.used(identity, event.reservationId(), event.timestamp());
        }
        // price display, I02.FR.01 / I03: the running cost answers Updated, the final cost answers Ended
        java.math.BigDecimal totalCost = event.eventType() == io.busbar.ocpp.v201.TransactionEventType.STARTED ? null
                : priceTexts.totalCost(identity, transactionId,
                        event.eventType() == io.busbar.ocpp.v201.TransactionEventType.ENDED).orElse(null);
        return new TransactionEventResponse(totalCost, null, tokenInfo, null);
    }

    private IdTokenInfo authorize(io.busbar.authorization.IdToken token, ChargerIdentity charger) {
        AuthorizationResult result = authorizer.authorize(token, charger, clock.instant(), false);
        return Ocpp201Mapping.idTokenInfo(result);
    }
}
