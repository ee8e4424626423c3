package io.busbar.ocpp16;

import io.busbar.gateway.ChargerContext;
import io.busbar.gateway.InboundHandler;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v16.Ocpp16;
import io.busbar.ocpp.v16.StartTransactionRequest;
import io.busbar.ocpp.v16.StartTransactionResponse;
import io.busbar.platform.units.Energy;
import io.busbar.pricedisplay.DriverPriceTexts;
import io.busbar.reservations.Reservations;
import io.busbar.sessions.SessionLifecycle;
import io.busbar.sessions.SessionStartResult;
import io.busbar.sessions.StartSession;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * OCPP 1.6 §4.8: the transactionId is the session's number from a PostgreSQL sequence (ADR 0004). A retried
 * StartTransaction gets the same number. The session exists even when the idTag is refused: the charge point
 * decides what then happens (§4.8, configuration key StopTransactionOnInvalidId), and its energy still counts.
 */
@Component("ocpp16StartTransaction")
class StartTransactionHandler implements InboundHandler<StartTransactionRequest, StartTransactionResponse> {
    private final SessionLifecycle sessions;
    private final Reservations reservations;
    private final DriverPriceTexts priceTexts;

    StartTransactionHandler(SessionLifecycle sessions, Reservations reservations, DriverPriceTexts priceTexts) {
        this.sessions = sessions;
        this.reservations = reservations;
        this.priceTexts = priceTexts;
    }

    @Override
    public Action<StartTransactionRequest, StartTransactionResponse> action() {
        return Ocpp16.START_TRANSACTION;
    }

    @Override
    public StartTransactionResponse handle(ChargerContext charger, StartTransactionRequest request) {
        SessionStartResult result = sessions.start(new StartSession(Ocpp16Mapping.identity(charger),
                request.connectorId(), 1, Ocpp16Mapping.idTag(request.idTag()), request.timestamp(),
                Energy.ofWattHours(request.meterStart()), null, request.reservationId(), List.of()));
        if (request.reservationId() != null) {
            // §5.13: a transaction started with a reservation ends it.
            reservations.used(Ocpp16Mapping.identity(charger), request.reservationId(), request.timestamp());
        }
        // price display: SetUserPrice for a driver who started without Authorize (local list, cache)
        if (!result.duplicate() && result.authorization().status().accepted()) {
            priceTexts.driverIdentified(Ocpp16Mapping.identity(charger), request.connectorId(),
                    Ocpp16Mapping.idTag(request.idTag()));
        }
        return new StartTransactionResponse(Ocpp16Mapping.idTagInfo(result.authorization()),
                Math.toIntExact(result.transactionNumber()));
    }
}
