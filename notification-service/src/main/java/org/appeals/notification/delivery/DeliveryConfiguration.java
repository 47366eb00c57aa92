package org.appeals.notification.delivery;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds which channels get status notices. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NoticesProperties.class)
class DeliveryConfiguration {
}
