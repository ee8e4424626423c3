package io.busbar.predictive.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PredictiveProperties.class)
class PredictiveConfiguration {
}
