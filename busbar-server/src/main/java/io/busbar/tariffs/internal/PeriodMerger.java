package io.busbar.tariffs.internal;

import io.busbar.tariffs.PeriodActivity;
import io.busbar.tariffs.PricedPeriod;
import io.busbar.tariffs.TariffDimension;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Merges consecutive slices priced the same way into the periods a driver reads on a receipt, so the breakdown does
 * not depend on how often the meter was sampled.
 */
public final class PeriodMerger {
    private PeriodMerger() {
    }

    private record Key(PeriodActivity activity, boolean billableIdle, Map<TariffDimension, Integer> elements,
                       BigDecimal energyPrice) {
    }

    public static List<PricedPeriod> periods(List<PricedSlice> slices) {
        List<PricedPeriod> periods = new ArrayList<>();
        Key current = null;
        List<PricedSlice> group = new ArrayList<>();
        for (PricedSlice slice : slices) {
            Key key = keyOf(slice);
            if (current != null && !current.equals(key)) {
                periods.add(period(current, group));
                group.clear();
            }
            current = key;
            group.add(slice);
        }
        if (!group.isEmpty()) {
            periods.add(period(current, group));
        }
        return periods;
    }

    private static Key keyOf(PricedSlice slice) {
        Map<TariffDimension, Integer> elements = new EnumMap<>(TariffDimension.class);
        slice.components().forEach((dimension, ref) -> elements.put(dimension, ref.elementIndex()));
        BigDecimal price = slice.energyPricePerKwh() == null ? null : slice.energyPricePerKwh().stripTrailingZeros();
        return new Key(slice.slice().activity(), slice.slice().billableIdle(), elements, price);
    }

    private static PricedPeriod period(Key key, List<PricedSlice> group) {
        BigDecimal energy = BigDecimal.ZERO;
        long charging = 0;
        long idle = 0;
        long billableIdle = 0;
        for (PricedSlice slice : group) {
            energy = energy.add(slice.slice().energyWh());
            charging += slice.slice().chargingNanos();
            idle += slice.slice().idleNanos();
            billableIdle += slice.slice().billableIdleNanos();
        }
        return new PricedPeriod(group.getFirst().slice().start(), group.getLast().slice().end(), key.activity(),
                key.elements(), energy.setScale(3, RoundingMode.HALF_UP), Duration.ofNanos(charging),
                Duration.ofNanos(idle), Duration.ofNanos(billableIdle),
                group.getFirst().energyPricePerKwh());
    }
}
