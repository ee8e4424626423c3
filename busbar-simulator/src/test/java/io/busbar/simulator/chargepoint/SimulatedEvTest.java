package io.busbar.simulator.chargepoint;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SimulatedEvTest {

    @Test
    void chargesAtTheLowerOfEvAndChargerPowerBelowTheTaper() {
        SimulatedEv ev = new SimulatedEv(60_000, 20.0, 11_000, 3);

        SimulatedEv.ChargeStep hourOn22kW = ev.charge(Duration.ofHours(1), 22_080);
        SimulatedEv.ChargeStep hourOn7kW = ev.charge(Duration.ofHours(1), 7_000);

        assertThat(hourOn22kW.energyWh()).isCloseTo(11_000, within(0.5));
        assertThat(hourOn22kW.ev().socPercent()).isCloseTo(20.0 + 11_000 * 100.0 / 60_000, within(0.01));
        assertThat(hourOn22kW.powerNowW()).isEqualTo(11_000);
        assertThat(hourOn7kW.energyWh()).isCloseTo(7_000, within(0.5));
        assertThat(hourOn7kW.powerNowW()).isEqualTo(7_000);
    }

    @Test
    void tapersAboveEightyPercentAndNeverOverfills() {
        SimulatedEv ev = new SimulatedEv(40_000, 95.0, 50_000, 3);
        double room = 40_000 * 0.05;

        SimulatedEv.ChargeStep step = ev.charge(Duration.ofHours(2), 150_000);

        assertThat(new SimulatedEv(40_000, 90.0, 50_000, 3).acceptedPowerW()).isEqualTo(Math.round(50_000 * 0.525));
        assertThat(new SimulatedEv(40_000, 80.0, 50_000, 3).acceptedPowerW()).isEqualTo(50_000);
        assertThat(step.energyWh()).isCloseTo(room, within(0.001));
        assertThat(step.ev().socPercent()).isLessThanOrEqualTo(100.0).isGreaterThan(99.5);
        assertThat(step.powerNowW()).isLessThan(50_000 / 10);
    }

    @Test
    void aFullBatteryTakesNothing() {
        SimulatedEv.ChargeStep step = new SimulatedEv(60_000, 100.0, 11_000, 3).charge(Duration.ofMinutes(30), 22_000);

        assertThat(step.energyWh()).isZero();
        assertThat(step.powerNowW()).isZero();
    }

    @Test
    void refusesImpossibleEvs() {
        assertThatThrownBy(() -> new SimulatedEv(60_000, 20, 11_000, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SimulatedEv(60_000, 101, 11_000, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SimulatedEv(0, 50, 11_000, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
