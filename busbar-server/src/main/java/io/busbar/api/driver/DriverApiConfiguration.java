package io.busbar.api.driver;

import io.busbar.drivers.DriverAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.ObjectMapper;

@Configuration(proxyBeanMethods = false)
class DriverApiConfiguration {
    @Bean
    FilterRegistrationBean<DriverTokenFilter> driverTokenFilter(DriverAuthentication authentication, ObjectMapper json) {
        FilterRegistrationBean<DriverTokenFilter> registration =
                new FilterRegistrationBean<>(new DriverTokenFilter(authentication, json));
        registration.addUrlPatterns("/api/v1/driver/*");
        registration.setName("driverTokenFilter");
        return registration;
    }
}
