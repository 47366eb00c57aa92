package org.appeals.notification.dispatch;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The workers' settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RetryProperties.class, WorkerProperties.class})
class DispatchConfiguration {

    @Bean
    RetrySchedule retrySchedule(RetryProperties retry) {
        return new RetrySchedule(retry);
    }
}
