package org.appeals.support.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Each service owns one database, named by {@code spring.mongodb.database}. */
@AutoConfiguration(afterName = "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration")
public class MongoSupportConfiguration {

    @Bean
    MongoDatabase serviceDatabase(MongoClient client, @Value("${spring.mongodb.database}") String name) {
        return client.getDatabase(name);
    }

    @Bean
    MongoPingHealthIndicator mongoPingHealthIndicator(MongoDatabase database) {
        return new MongoPingHealthIndicator(database);
    }
}
