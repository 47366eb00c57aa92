package org.appeals.notification.dispatch;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The workers' settings and the threads that send. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RetryProperties.class, WorkerProperties.class})
class DispatchConfiguration {

    static final String SENDERS = "deliverySenders";

    @Bean
    RetrySchedule retrySchedule(RetryProperties retry) {
        return new RetrySchedule(retry);
    }

    /**
     * {@code threads} senders; the worker never hands out more deliveries than there are free ones. On shutdown a
     * send in flight gets 5 s to finish (its webhook call has its read timeout); what it has not stored is retried
     * after the lease.
     */
    @Bean(SENDERS)
    @Qualifier(SENDERS)
    ThreadPoolTaskExecutor deliverySenders(WorkerProperties worker) {
        ThreadPoolTaskExecutor senders = new ThreadPoolTaskExecutor();
        senders.setCorePoolSize(worker.threads());
        senders.setMaxPoolSize(worker.threads());
        senders.setThreadNamePrefix("delivery-sender-");
        senders.setWaitForTasksToCompleteOnShutdown(true);
        senders.setAwaitTerminationSeconds(5);
        return senders;
    }
}
