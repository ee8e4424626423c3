package io.busbar.api.ratelimit;

import io.busbar.platform.PeriodicJob;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.ObjectMapper;

import java.time.Clock;
import java.time.Duration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {
    /** First of the API's filters: a flood is refused before it costs a key lookup. */
    static final int ORDER = 10;

    @Bean
    RateLimitFilter rateLimitFilter(RateLimitProperties properties, ObjectMapper json, Clock clock) {
        return new RateLimitFilter(properties, json, clock);
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilterRegistration(RateLimitFilter filter) {
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/api/*");
        registration.setName("rateLimitFilter");
        registration.setOrder(ORDER);
        return registration;
    }

    /** Forgets clients idle long enough that their bucket is full again. */
    @Bean
    PeriodicJob idleRateLimitClientSweep(RateLimitFilter filter, Clock clock) {
        return PeriodicJob.every("rate-limit-sweep", Duration.ofMinutes(1), "rate limit sweep interval",
                () -> filter.sweep(clock.instant()));
    }
}
