package io.busbar.smartcharging.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoadManagementProperties.class)
class LoadManagementConfiguration {
}
