package io.busbar.platform.units;

/** A nominal RMS voltage, exact to the volt (230 V line-to-neutral in Europe, 120/208 V in North America). */
public record Voltage(long volts) implements Comparable<Voltage> {
    public Voltage {
        if (volts <= 0) {
            throw new IllegalArgumentException("voltage must be positive: " + volts + " V");
        }
    }

    public static Voltage ofVolts(long volts) {
        return new Voltage(volts);
    }

    @Override
    public int compareTo(Voltage other) {
        return Long.compare(volts, other.volts);
    }

    @Override
    public String toString() {
        return volts + " V";
    }
}
