package io.busbar.api.keys;

import io.busbar.tenants.Scope;
import io.busbar.tenants.TenantId;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ApiKeyAuthenticatorTest {
    static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
    static final String VALUE = "bb_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    final ApiKeys keys = mock(ApiKeys.class);
    final MovableClock clock = new MovableClock(T0);
    final ApiKeyAuthenticator authenticator = new ApiKeyAuthenticator(keys, clock);
    final ApiKey key = new ApiKey(ApiKeyId.random(), TenantId.DEFAULT, "client", "bb_abcde", Set.of(Scope.ADMIN),
            T0, null, null);

    @Test
    void recordsTheFirstUseThenAtMostOncePerMinute() {
        when(keys.findActive(new ApiKeySecret(VALUE))).thenReturn(Optional.of(key));

        authenticator.authenticate(VALUE);
        clock.advance(Duration.ofSeconds(59));
        authenticator.authenticate(VALUE);
        clock.advance(Duration.ofSeconds(2));
        authenticator.authenticate(VALUE);

        verify(keys).touch(key.id(), T0, T0.minus(Duration.ofMinutes(1)));
        verify(keys).touch(key.id(), T0.plusSeconds(61), T0.plusSeconds(1));
        verify(keys, times(2)).touch(any(), any(), any());
    }

    @Test
    void missingShortAndUnknownKeysAreRefusedWithoutAWrite() {
        when(keys.findActive(any())).thenReturn(Optional.empty());

        assertThat(authenticator.authenticate(null)).isEmpty();
        assertThat(authenticator.authenticate("bb_short")).isEmpty();
        assertThat(authenticator.authenticate(VALUE)).isEmpty();
        verify(keys, never()).touch(any(), any(), any());
    }

    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
