package io.busbar.pricedisplay;

import io.busbar.authorization.IdToken;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.sessions.SessionId;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the charger should show, asked by the adapters while they build their answers (OCPP 2.0.1 carries texts
 * and costs in answer fields), plus the moment a 1.6 driver is identified. Every method is best effort: it never
 * throws, and an empty answer means "show nothing" (no tariff, the charger said it does not display it, or the
 * price could not be computed).
 */
public interface DriverPriceTexts {
    /**
     * The tariff in force now for this driver, one short line for a charger display, e.g.
     * {@code 0.39 EUR/kWh, idle 0.10 EUR/min after 90 min + 19% VAT}. {@code evseId} null when the message names
     * none (Authorize): the charger's EVSEs must then all have the same tariff.
     */
    Optional<String> tariffText(ChargerIdentity charger, Integer evseId, IdToken token);

    /**
     * The session's cost so far (or final once {@code ended}), incl. VAT, as a 2.0.1 answer's totalCost (I02, I03).
     * While the session runs it is recomputed at most once per {@code busbar.price-display.running-cost-interval};
     * in between the last total is given again.
     */
    Optional<BigDecimal> totalCost(ChargerIdentity charger, SessionId session, boolean ended);

    /**
     * Same, for a session known by the charger's own transaction id (2.0.1 TransactionEvent Updated/Ended).
     */
    Optional<BigDecimal> totalCost(ChargerIdentity charger, String chargerTransactionId, boolean ended);

    /**
     * A 1.6 driver was accepted (Authorize, StartTransaction): shows the tariff text with SetUserPrice in the
     * background if the charger supports California pricing. Returns at once.
     */
    void driverIdentified(ChargerIdentity charger, Integer evseId, IdToken token);
}
