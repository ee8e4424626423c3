package io.busbar.dashboard.uptime;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class UptimePeriodTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T13:30:00Z"), ZoneOffset.UTC);

    @Test
    void theLastDaysEndNow() {
        UptimePeriod day = UptimePeriod.of(null, null, null, CLOCK);
        assertThat(day.choice()).isEqualTo("24h");
        assertThat(day.from()).isEqualTo("2026-11-26T13:30:00Z");
        assertThat(day.to()).isEqualTo("2026-11-27T13:30:00Z");
        assertThat(UptimePeriod.of("7d", null, null, CLOCK).from()).isEqualTo("2026-11-20T13:30:00Z");
        assertThat(UptimePeriod.of("30d", null, null, CLOCK).from()).isEqualTo("2026-10-28T13:30:00Z");
        assertThat(UptimePeriod.of("a year", null, null, CLOCK).choice()).isEqualTo("24h");
    }

    @Test
    void aCustomPeriodIsWholeUtcDaysWithTheLastDayIncluded() {
        UptimePeriod november = UptimePeriod.of("custom", "2026-11-01", "2026-11-30", CLOCK);
        assertThat(november.valid()).isTrue();
        assertThat(november.from()).isEqualTo("2026-11-01T00:00:00Z");
        assertThat(november.to()).isEqualTo("2026-12-01T00:00:00Z");
    }

    @Test
    void aCustomPeriodThatIsNotOneIsExplainedPerField() {
        UptimePeriod missing = UptimePeriod.of("custom", "", "27/11/2026", CLOCK);
        assertThat(missing.valid()).isFalse();
        assertThat(missing.errors()).containsEntry("from", "is required for a custom period")
                .containsEntry("to", "is not a date (2026-11-27)");
        assertThat(UptimePeriod.of("custom", "2026-11-27", "2026-11-01", CLOCK).errors())
                .containsEntry("to", "is before the start");
    }
}
