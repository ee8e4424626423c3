package io.busbar.platform.units;

import java.math.BigDecimal;

/**
 * An electrical current (RMS, per conductor), exact to the milliampere. Charging limits are expressed in amperes
 * per phase (OCPP ChargingRateUnit A), so the allocator and the profiles speak this type.
 */
public record Current(long milliamps) implements Comparable<Current> {
    public static final Current ZERO = new Current(0);

    public Current {
        if (milliamps < 0) {
            throw new IllegalArgumentException("current must not be negative: " + milliamps + " mA");
        }
    }

    public static Current ofMilliamps(long milliamps) {
        return new Current(milliamps);
    }

    public static Current ofAmps(long amps) {
        return new Current(Math.multiplyExact(amps, 1000));
    }

    /** Rounds half-up to whole milliamperes (configuration and meters give amperes with decimals). */
    public static Current ofAmps(BigDecimal amps) {
        return new Current(amps.movePointRight(3).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
    }

    /** Rounds down to whole milliamperes, so a limit computed in floating point never grows by rounding. */
    public static Current ofAmpsRoundedDown(double amps) {
        if (!(amps >= 0)) {
            throw new IllegalArgumentException("current must be a non-negative number: " + amps);
        }
        return new Current((long) Math.floor(amps * 1000 + 1e-9));
    }

    public double amps() {
        return milliamps / 1000.0;
    }

    public BigDecimal inAmps() {
        return BigDecimal.valueOf(milliamps, 3);
    }

    public Current plus(Current other) {
        return new Current(Math.addExact(milliamps, other.milliamps));
    }

    public Current min(Current other) {
        return milliamps <= other.milliamps ? this : other;
    }

    @Override
    public int compareTo(Current other) {
        return Long.compare(milliamps, other.milliamps);
    }

    @Override
    public String toString() {
        return inAmps().stripTrailingZeros().toPlainString() + " A";
    }
}
