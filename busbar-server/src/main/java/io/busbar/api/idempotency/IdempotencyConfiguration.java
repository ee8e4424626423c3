package io.busbar.api.idempotency;

import io.busbar.platform.PeriodicJob;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.ObjectMapper;

import java.time.Clock;
import java.time.Duration;

@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {
    /** After authentication (a rejected request stores nothing), before the handlers. */
    static final int ORDER = 30;

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyStore store, ObjectMapper json, Clock clock,
            @Value("${busbar.api.idempotency-ttl:24h}") Duration ttl, io.busbar.platform.SecretBox secrets) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(store, json, clock, ttl, secrets));
        registration.addUrlPatterns("/api/*");
        registration.setName("idempotencyFilter");
        registration.setOrder(ORDER);
        return registration;
    }

    @Bean
    ExpiredKeysSweep expiredIdempotencyKeysSweep(IdempotencyStore store, Clock clock) {
        return new ExpiredKeysSweep(store, clock);
    }

    /** Expired keys are only dead weight; one sweep an hour. */
    static final class ExpiredKeysSweep extends PeriodicJob {
        private final IdempotencyStore store;
        private final Clock clock;

        ExpiredKeysSweep(IdempotencyStore store, Clock clock) {
            super("idempotency-sweep", Duration.ofHours(1), "idempotency sweep interval");
            this.store = store;
            this.clock = clock;
        }

        @Override
        protected void runOnce() {
            store.purgeExpired(clock.instant());
        }
    }
}
