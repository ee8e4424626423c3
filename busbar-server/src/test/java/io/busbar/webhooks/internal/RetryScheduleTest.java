package io.busbar.webhooks.internal;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RetryScheduleTest {
    private static final Instant FAILED = Instant.parse("2026-11-27T12:00:00Z");
    private static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(10), Duration.ofSeconds(30),
            Duration.ofMinutes(2));

    @Test
    void waitsTheConfiguredBackoffForTheAttemptThenGivesUp() {
        RetrySchedule schedule = new RetrySchedule(BACKOFF, 0.2, () -> 0.5); // 0.5 = no jitter
        assertThat(schedule.next(FAILED, 1)).contains(FAILED.plusSeconds(10));
        assertThat(schedule.next(FAILED, 2)).contains(FAILED.plusSeconds(30));
        assertThat(schedule.next(FAILED, 3)).contains(FAILED.plusSeconds(120));
        assertThat(schedule.next(FAILED, 4)).as("DEAD after the last wait").isEmpty();
    }

    @Test
    void jitterSpreadsTheWaitByAtMostTheConfiguredFraction() {
        assertThat(new RetrySchedule(BACKOFF, 0.2, () -> 0.0).next(FAILED, 1)).contains(FAILED.plusSeconds(8));
        assertThat(new RetrySchedule(BACKOFF, 0.2, () -> 0.999999).next(FAILED, 1).orElseThrow())
                .isBetween(FAILED.plusMillis(11_999), FAILED.plusSeconds(12));
    }
}
