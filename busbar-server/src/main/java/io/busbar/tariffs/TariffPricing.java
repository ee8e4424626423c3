package io.busbar.tariffs;

import io.busbar.sessions.SessionId;

/** Prices before and during a session, with the tariffs, assignments and schedules the server stores. */
public interface TariffPricing {
    /**
     * What the assumed session would cost at the target, under the tariff in force at {@code request.start()}.
     *
     * @throws NoTariffAppliesException when nothing is assigned
     */
    PricedQuote quote(PricingTarget target, QuoteRequest request);

    /**
     * The price of a session so far (active) or final (ended), from its stored readings under the tariff version
     * recorded when it started.
     *
     * @throws io.busbar.sessions.SessionNotFoundException for an unknown session
     * @throws NoTariffAppliesException                    when no tariff applied when it started
     */
    SessionCost sessionCost(SessionId session);

    record PricedQuote(TariffResolution resolution, PriceQuote quote) {
    }

    /**
     * @param complete true once the session has ended: the price no longer changes
     * @param timeline the samples the price was computed from
     */
    record SessionCost(SessionId session, boolean complete, TariffVersion tariff, String reason,
                       MeteredTimeline timeline, PriceBreakdown breakdown) {
    }
}
