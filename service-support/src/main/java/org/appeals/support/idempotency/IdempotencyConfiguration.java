package org.appeals.support.idempotency;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.List;
import org.appeals.support.mongo.MongoSupportConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/** {@link IdempotentWrites} on the service's own database and the {@link IdempotencyKey} controller argument. */
@AutoConfiguration(after = MongoSupportConfiguration.class,
        afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new IdempotencyKeyArgumentResolver());
    }

    @Bean
    @ConditionalOnBean(MongoDatabase.class)
    IdempotentWrites idempotentWrites(MongoDatabase database, IdempotencyProperties properties, JsonMapper json) {
        // wall-clock time: leases and retention are about real time, whatever clock a service's tests move
        return new IdempotentWrites(new KeyRecords(database), properties, json, Clock.systemUTC());
    }
}
