package io.busbar.selfhealing.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SelfHealingProperties.class)
class SelfHealingConfiguration {
}
