package org.appeals.intake.registration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the body size limit in front of the registration endpoints: appeals, and feedback on each appeal. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegistrationProperties.class)
class RegistrationConfiguration {

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimit(RegistrationProperties properties) {
        var registration = new FilterRegistrationBean<>(new BodySizeLimitFilter(properties.maxBodySize().toBytes()));
        registration.addUrlPatterns(RegistrationController.PATH, RegistrationController.PATH + "/*");
        return registration;
    }
}
