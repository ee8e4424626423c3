package io.busbar.platform.units;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount of electrical energy, exact to the watt-hour. */
public record Energy(long wattHours) implements Comparable<Energy> {
    public static final Energy ZERO = new Energy(0);

    public static Energy ofWattHours(long wattHours) {
        return new Energy(wattHours);
    }

    /** Rounds half-up to whole watt-hours (meters report kWh with decimals). */
    public static Energy ofKilowattHours(BigDecimal kilowattHours) {
        return new Energy(kilowattHours.movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    public Energy plus(Energy other) {
        return new Energy(Math.addExact(wattHours, other.wattHours));
    }

    public Energy minus(Energy other) {
        return new Energy(Math.subtractExact(wattHours, other.wattHours));
    }

    public BigDecimal kilowattHours() {
        return BigDecimal.valueOf(wattHours, 3);
    }

    @Override
    public int compareTo(Energy other) {
        return Long.compare(wattHours, other.wattHours);
    }

    @Override
    public String toString() {
        return wattHours + " Wh";
    }
}
