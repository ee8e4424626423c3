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

    /** Expired keys are only dead weight; one sweep an hour. */
    @Bean
    PeriodicJob expiredIdempotencyKeysSweep(IdempotencyStore store, Clock clock) {
        return PeriodicJob.every("idempotency-sweep", Duration.ofHours(1), "idempotency sweep interval",
                () -> store.purgeExpired(clock.instant()));
    }
}
