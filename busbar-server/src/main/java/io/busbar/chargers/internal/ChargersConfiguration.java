package io.busbar.chargers.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.security.SecureRandom;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChargerPolicyProperties.class)
class ChargersConfiguration {

    /** Salts for charger passwords. */
    @Bean
    SecureRandom chargerPasswordSaltSource() {
        return new SecureRandom();
    }
}
