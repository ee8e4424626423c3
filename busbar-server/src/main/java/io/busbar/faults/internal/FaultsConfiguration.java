package io.busbar.faults.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(FaultProperties.class)
class FaultsConfiguration {
}
