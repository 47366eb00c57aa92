package org.appeals.notification.render;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the reply templates and the channels' message limits. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({TemplatesProperties.class, RenderProperties.class})
class RenderConfiguration {
}
