package io.busbar.sessions.internal;

import io.busbar.sessions.MeterReading;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class RegisterSpanTest {
    private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");

    @Test
    void kilowattHoursBecomeWattHours() {
        RegisterSpan span = RegisterSpan.EMPTY.include(reading(0, "12.345", "kWh", null));

        assertThat(span.firstWh()).isEqualByComparingTo("12345");
    }

    @Test
    void theSpanIsTheSameWhateverTheOrderOfItsReadings() {
        List<MeterReading> readings = new ArrayList<>(List.of(reading(0, "100", "Wh", null),
                reading(60, "100", "Wh", "Inlet"), reading(60, "250", "Wh", null), reading(120, "0.4", "kWh", null),
                reading(120, "350", "Wh", null), reading(180, "9999", "Wh", "EV")));
        RegisterSpan expected = includeAll(readings);
        Random random = new Random(42);

        for (int round = 0; round < 50; round++) {
            Collections.shuffle(readings, random);
            assertThat(includeAll(readings)).isEqualTo(expected);
        }
        assertThat(expected.firstWh()).isEqualByComparingTo("100");
        assertThat(expected.lastWh()).isEqualByComparingTo("400");
        assertThat(expected.location()).isEqualTo("Outlet");
    }

    @Test
    void anotherLocationCountsOnlyUntilAnOutletReadingArrives() {
        RegisterSpan inletOnly = RegisterSpan.EMPTY.include(reading(0, "10", "Wh", "Inlet"))
                .include(reading(60, "30", "Wh", "Inlet"));
        assertThat(inletOnly.lastWh()).isEqualByComparingTo("30");

        RegisterSpan withOutlet = inletOnly.include(reading(30, "12", "Wh", null));
        assertThat(withOutlet.firstWh()).isEqualByComparingTo("12");
        assertThat(withOutlet.lastWh()).isEqualByComparingTo("12");
    }

    private static RegisterSpan includeAll(List<MeterReading> readings) {
        RegisterSpan span = RegisterSpan.EMPTY;
        for (MeterReading reading : readings) {
            span = span.include(reading);
        }
        return span;
    }

    /** A register sample as a charger sends it (measurand omitted), with the defaults the module fills in. */
    private static MeterReading reading(int seconds, String value, String unit, String location) {
        return ReadingDefaults.complete(
                new MeterReading(T0.plusSeconds(seconds), null, null, unit, null, location, new BigDecimal(value)));
    }
}
