package io.busbar.api.keys;

import io.busbar.tenants.OperatorLogins;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.ObjectMapper;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
class ApiKeyConfiguration {
    /** After rate limiting (which also slows down key guessing), before idempotency and the handlers. */
    static final int ORDER = 20;

    @Bean
    FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(ApiKeyAuthenticator authenticator, OperatorLogins logins,
                                                      ObjectMapper json) {
        FilterRegistrationBean<ApiKeyFilter> registration =
                new FilterRegistrationBean<>(new ApiKeyFilter(authenticator, logins, json));
        registration.addUrlPatterns("/api/*");
        registration.setName("apiKeyFilter");
        registration.setOrder(ORDER);
        return registration;
    }
}
