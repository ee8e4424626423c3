package io.busbar.dashboard;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsoleProperties.class)
class ConsoleWebConfiguration {
    @Bean
    FilterRegistrationBean<ConsoleSignInFilter> consoleSignInFilter() {
        FilterRegistrationBean<ConsoleSignInFilter> registration = new FilterRegistrationBean<>(new ConsoleSignInFilter());
        registration.addUrlPatterns("/console", "/console/*");
        registration.setName("consoleSignIn");
        return registration;
    }
}
