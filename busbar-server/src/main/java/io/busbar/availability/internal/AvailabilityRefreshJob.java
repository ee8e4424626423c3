package io.busbar.availability.internal;

import io.busbar.availability.AvailabilityProperties;
import io.busbar.platform.PeriodicJob;
import org.springframework.stereotype.Component;

/**
 * What no event announces: prices (a new tariff, a time-of-day step), plug types a charger reported in an inventory,
 * site details, chargers accepted since the feed was loaded. Every refresh interval, forget the cached prices and
 * descriptions and re-read every charger of the feeds in use.
 */
@Component
class AvailabilityRefreshJob extends PeriodicJob {
    private final LiveAvailability feeds;
    private final PriceSummaries prices;
    private final ConnectorDescriptions descriptions;

    AvailabilityRefreshJob(LiveAvailability feeds, PriceSummaries prices, ConnectorDescriptions descriptions,
                           AvailabilityProperties properties) {
        super("availability-refresh", properties.refreshInterval(), "busbar.availability.refresh-interval");
        this.feeds = feeds;
        this.prices = prices;
        this.descriptions = descriptions;
    }

    @Override
    protected void runOnce() {
        prices.forgetAll();
        descriptions.forgetAll();
        feeds.refreshAll();
    }
}
