package org.appeals.ok;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * {@code okWorkers}: where a stored update or reply is handled right after the webhook answered, so neither OK (5 s)
 * nor notification waits for the gateway or OK's back-off. A task lost at shutdown is picked up by the sweep.
 */
@Configuration(proxyBeanMethods = false)
class WorkersConfiguration {

    @Bean
    ThreadPoolTaskExecutor okWorkers() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("ok-worker-");
        executor.setCorePoolSize(4);
        executor.setMaxPoolSize(4);
        executor.setQueueCapacity(1_000);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(20);
        return executor;
    }
}
