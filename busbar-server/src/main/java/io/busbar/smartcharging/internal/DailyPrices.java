package io.busbar.smartcharging.internal;

import io.busbar.smartcharging.TopologyDocument.DailyPrice;
import io.busbar.smartcharging.allocation.PriceSchedule;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** A time-of-use tariff that repeats every day in the site's time zone: each price holds until the next one. */
final class DailyPrices implements PriceSchedule {
    private final NavigableMap<LocalTime, BigDecimal> prices;
    private final ZoneId zone;

    private DailyPrices(NavigableMap<LocalTime, BigDecimal> prices, ZoneId zone) {
        this.prices = prices;
        this.zone = zone;
    }

    /** @throws IllegalArgumentException no prices, a bad time ("HH:mm"), a time twice or a negative price */
    static DailyPrices of(List<DailyPrice> prices, ZoneId zone) {
        if (prices == null || prices.isEmpty()) {
            throw new IllegalArgumentException("prices: at least one {from: \"HH:mm\", pricePerKwh} is required");
        }
        TreeMap<LocalTime, BigDecimal> byTime = new TreeMap<>();
        for (DailyPrice price : prices) {
            if (price.pricePerKwh() == null || price.pricePerKwh().signum() < 0) {
                throw new IllegalArgumentException("pricePerKwh must be 0 or more");
            }
            try {
                if (byTime.put(LocalTime.parse(price.from()), price.pricePerKwh()) != null) {
                    throw new IllegalArgumentException("the time " + price.from() + " appears twice");
                }
            } catch (DateTimeParseException | NullPointerException e) {
                throw new IllegalArgumentException("from must be a local time HH:mm, not " + price.from());
            }
        }
        return new DailyPrices(byTime, zone);
    }

    @Override
    public BigDecimal pricePerKwhAt(Instant at) {
        LocalTime time = at.atZone(zone).toLocalTime();
        Map.Entry<LocalTime, BigDecimal> entry = prices.floorEntry(time);
        return (entry != null ? entry : prices.lastEntry()).getValue();
    }

    @Override
    public Instant nextChangeAfter(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime next = prices.higherKey(local.toLocalTime());
        LocalDate day = local.toLocalDate();
        if (next == null) {
            next = prices.firstKey();
            day = day.plusDays(1);
        }
        return ZonedDateTime.of(day, next, zone).toInstant();
    }
}
