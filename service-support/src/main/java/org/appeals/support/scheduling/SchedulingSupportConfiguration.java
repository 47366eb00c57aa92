package org.appeals.support.scheduling;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on {@code @Scheduled} and {@code @SchedulerLock} for the service. A lock nobody set a term for is held at
 * most 30 s, so the work of an instance that died mid-run is taken over by another within that.
 */
@AutoConfiguration(afterName = "org.appeals.support.mongo.MongoSupportConfiguration")
@ConditionalOnBean(MongoDatabase.class)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30S")
public class SchedulingSupportConfiguration {

    /** The collection {@code scheduler_locks} of the service's database holds one lease document per job. */
    @Bean
    LockProvider lockProvider(MongoDatabase database) {
        return new MongoLockProvider(database.getCollection("scheduler_locks"));
    }

    @Bean
    ElectedGauges electedGauges(LockProvider locks, MeterRegistry registry) {
        return new ElectedGauges(locks, registry);
    }
}
