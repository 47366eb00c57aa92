package org.appeals.notification.render;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the reply templates. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TemplatesProperties.class)
class RenderConfiguration {
}
