package io.busbar.availability;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of the public availability feed, prefix {@code busbar.availability}.
 *
 * @param refreshInterval          how often prices, plug types learnt from chargers, sites and newly accepted chargers
 *                                 are re-read (status changes do not wait for it)
 * @param replayBuffer             how many changes per tenant a reconnecting stream subscriber can catch up on
 * @param maxSubscribersPerTenant  stream subscribers allowed per tenant at once
 * @param subscriberQueue          changes a subscriber may have undelivered before it is dropped
 * @param heartbeatInterval        how often an idle stream gets a comment line, so that proxies keep it open
 * @param workers                  threads recomputing chargers after changes (each holds a database connection
 *                                 while it reads one charger)
 */
@ConfigurationProperties("busbar.availability")
public record AvailabilityProperties(
        @DefaultValue("5m") Duration refreshInterval,
        @DefaultValue("1000") int replayBuffer,
        @DefaultValue("100") int maxSubscribersPerTenant,
        @DefaultValue("256") int subscriberQueue,
        @DefaultValue("15s") Duration heartbeatInterval,
        @DefaultValue("4") int workers) {

    public AvailabilityProperties {
        if (!refreshInterval.isPositive() || !heartbeatInterval.isPositive()) {
            throw new IllegalArgumentException("busbar.availability intervals must be positive");
        }
        if (replayBuffer < 1 || maxSubscribersPerTenant < 1 || subscriberQueue < 1 || workers < 1) {
            throw new IllegalArgumentException("busbar.availability sizes must be at least 1");
        }
    }
}
