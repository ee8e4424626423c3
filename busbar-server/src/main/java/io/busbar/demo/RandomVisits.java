package io.busbar.demo;

import io.busbar.simulator.chargepoint.SimulatedEv;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Draws the next EV to arrive at a demo charger: a battery of 40 to 100 kWh at 10 to 70 % state of charge, an
 * on-board charger of 7.4 kW on one phase or 11 or 22 kW on three, a short idle time before it arrives, and how
 * long it stays (half to one and a half times the typical session). All durations are simulated time.
 */
final class RandomVisits {
    static final long MIN_BATTERY_KWH = 40;
    static final long MAX_BATTERY_KWH = 100;
    static final int MIN_SOC_PERCENT = 10;
    static final int MAX_SOC_PERCENT = 70;
    static final Duration MIN_IDLE = Duration.ofMinutes(5);
    static final Duration MAX_IDLE = Duration.ofMinutes(30);
    private static final OnBoardCharger[] ON_BOARD_CHARGERS = {
            new OnBoardCharger(7_400, 1), new OnBoardCharger(11_000, 3), new OnBoardCharger(22_000, 3)};

    private final RandomGenerator random;
    private final Duration typicalStay;

    RandomVisits(RandomGenerator random, Duration typicalStay) {
        this.random = Objects.requireNonNull(random, "random");
        if (typicalStay.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("A typical stay lasts at least a minute, was " + typicalStay);
        }
        this.typicalStay = typicalStay;
    }

    Visit next() {
        long batteryKWh = random.nextLong(MIN_BATTERY_KWH, MAX_BATTERY_KWH + 1);
        int soc = random.nextInt(MIN_SOC_PERCENT, MAX_SOC_PERCENT + 1);
        OnBoardCharger onBoard = ON_BOARD_CHARGERS[random.nextInt(ON_BOARD_CHARGERS.length)];
        SimulatedEv ev = new SimulatedEv(batteryKWh * 1000, soc, onBoard.maxPowerW(), onBoard.phases());
        Duration idle = Duration.ofSeconds(random.nextLong(MIN_IDLE.toSeconds(), MAX_IDLE.toSeconds() + 1));
        long typicalSeconds = typicalStay.toSeconds();
        Duration stay = Duration.ofSeconds(random.nextLong(typicalSeconds / 2, typicalSeconds * 3 / 2 + 1));
        return new Visit(ev, idle, stay);
    }

    /**
     * @param ev    the EV as it arrives
     * @param idle  how long the connector stays free before the EV arrives
     * @param stay  how long the driver leaves it plugged in at most (it leaves earlier when full)
     */
    record Visit(SimulatedEv ev, Duration idle, Duration stay) {
    }

    private record OnBoardCharger(long maxPowerW, int phases) {
    }
}
