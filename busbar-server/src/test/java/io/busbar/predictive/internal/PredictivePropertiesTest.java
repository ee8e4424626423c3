package io.busbar.predictive.internal;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PredictivePropertiesTest {
    @Test
    void defaultsAndOverridesBind() {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of("busbar.predictive.warm-up", "0s",
                "busbar.predictive.recent-sessions", "2")));
        PredictiveProperties properties = binder.bindOrCreate("busbar.predictive", PredictiveProperties.class);
        assertThat(properties.warmUp()).isEqualTo(Duration.ZERO);
        assertThat(properties.recentSessions()).isEqualTo(2);
        assertThat(properties.faultBucket()).isEqualTo(Duration.ofDays(1));
        assertThat(properties.settings().baselineSessions()).isEqualTo(8);
    }
}
