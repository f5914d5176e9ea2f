package org.counterpart.reporting.application;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the settings of the events for downstream systems. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ IntegrationProperties.class, WebhookProperties.class })
class IntegrationConfiguration {
}
