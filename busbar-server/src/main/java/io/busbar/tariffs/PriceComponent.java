package io.busbar.tariffs;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One price of a tariff element (OCPI 2.2.1 PriceComponent).
 *
 * @param dimension    what is charged
 * @param price        price per unit excluding VAT: per kWh (ENERGY), per hour (TIME, PARKING_TIME), per session (FLAT);
 *                     for a dynamic price the fallback when the schedule has no entry (and the price shown over OCPI)
 * @param vatPercent   VAT in percent; {@code null} means no VAT applies (OCPI: different from 0%)
 * @param stepSize     billing block in Wh (ENERGY) or seconds (TIME, PARKING_TIME), ignored for FLAT; 0 bills exactly
 * @param dynamicPrice ENERGY only: take the price from a schedule; {@code null} for a fixed price
 */
public record PriceComponent(TariffDimension dimension, BigDecimal price, BigDecimal vatPercent, int stepSize,
                             DynamicPrice dynamicPrice) {
    public PriceComponent {
        Objects.requireNonNull(dimension, "dimension");
        if (price == null || price.signum() < 0) {
            throw new IllegalArgumentException(dimension + " price must be given and not negative: " + price);
        }
        if (vatPercent != null && vatPercent.signum() < 0) {
            throw new IllegalArgumentException("VAT cannot be negative: " + vatPercent);
        }
        if (stepSize < 0) {
            throw new IllegalArgumentException("step size cannot be negative: " + stepSize);
        }
        if (dynamicPrice != null && dimension != TariffDimension.ENERGY) {
            throw new IllegalArgumentException("only an ENERGY price can follow a price schedule, not " + dimension);
        }
    }

    public static PriceComponent energy(String pricePerKwh) {
        return new PriceComponent(TariffDimension.ENERGY, new BigDecimal(pricePerKwh), null, 1, null);
    }

    public static PriceComponent time(String pricePerHour) {
        return new PriceComponent(TariffDimension.TIME, new BigDecimal(pricePerHour), null, 1, null);
    }

    public static PriceComponent parking(String pricePerHour) {
        return new PriceComponent(TariffDimension.PARKING_TIME, new BigDecimal(pricePerHour), null, 1, null);
    }

    public static PriceComponent flat(String pricePerSession) {
        return new PriceComponent(TariffDimension.FLAT, new BigDecimal(pricePerSession), null, 1, null);
    }

    public PriceComponent withVat(String percent) {
        return new PriceComponent(dimension, price, new BigDecimal(percent), stepSize, dynamicPrice);
    }

    public PriceComponent withStep(int step) {
        return new PriceComponent(dimension, price, vatPercent, step, dynamicPrice);
    }

    public PriceComponent following(PriceScheduleId schedule, boolean lockedAtStart) {
        return new PriceComponent(dimension, price, vatPercent, stepSize, new DynamicPrice(schedule, lockedAtStart));
    }
}
