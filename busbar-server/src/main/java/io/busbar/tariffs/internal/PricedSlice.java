package io.busbar.tariffs.internal;

import io.busbar.tariffs.TariffDimension;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A slice with the components that price it per dimension (absent: free) and the ENERGY unit price in force
 * (after any schedule).
 */
public record PricedSlice(Slice slice, Map<TariffDimension, ComponentRef> components, BigDecimal energyPricePerKwh) {
    public ComponentRef component(TariffDimension dimension) {
        return components.get(dimension);
    }

    /** The unit price for the dimension, or {@code null} when it is free. */
    public BigDecimal unitPrice(TariffDimension dimension) {
        ComponentRef ref = components.get(dimension);
        if (ref == null) {
            return null;
        }
        return dimension == TariffDimension.ENERGY ? energyPricePerKwh : ref.component().price();
    }

    /** The slice's quantity of a dimension in its step unit: Wh for ENERGY, seconds for the times. */
    public BigDecimal quantity(TariffDimension dimension) {
        return switch (dimension) {
            case ENERGY -> slice.energyWh();
            case TIME -> BigDecimal.valueOf(slice.chargingNanos(), 9);
            case PARKING_TIME -> BigDecimal.valueOf(slice.billableIdleNanos(), 9);
            case FLAT -> BigDecimal.ZERO;
        };
    }
}
