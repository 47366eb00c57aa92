package org.appeals.notification.tracking;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the tracking feature's settings; its scheduled refresh is switched on by service-support. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ParkedGaugeProperties.class)
class TrackingConfiguration {
}
