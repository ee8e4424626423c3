package io.busbar.simulator.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock that starts at the real time and then runs {@code speed} times faster. */
public final class ScaledClock extends Clock {
    private final Instant origin;
    private final long originNanos;
    private final double speed;

    public ScaledClock(Instant origin, double speed) {
        this.origin = origin;
        this.originNanos = System.nanoTime();
        this.speed = speed;
    }

    public double speed() {
        return speed;
    }

    /** How long a simulated period takes in real time. */
    public Duration realTimeOf(Duration simulated) {
        return Duration.ofNanos((long) (simulated.toNanos() / speed));
    }

    @Override
    public Instant instant() {
        return origin.plusNanos((long) ((System.nanoTime() - originNanos) * speed));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("UTC only");
    }
}
