package io.busbar.platform.units;

/** Electrical power, exact to the watt. */
public record Power(long watts) implements Comparable<Power> {
    public static final Power ZERO = new Power(0);

    public static Power ofWatts(long watts) {
        return new Power(watts);
    }

    public static Power ofKilowatts(long kilowatts) {
        return new Power(Math.multiplyExact(kilowatts, 1000));
    }

    @Override
    public int compareTo(Power other) {
        return Long.compare(watts, other.watts);
    }

    @Override
    public String toString() {
        return watts + " W";
    }
}
