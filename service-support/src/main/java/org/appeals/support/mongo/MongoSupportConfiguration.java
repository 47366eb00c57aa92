package org.appeals.support.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;

/**
 * Each service owns one database, named by {@code spring.mongodb.database}; its client writes durably and gives up
 * in seconds ({@link MongoClientDefaults}).
 */
@AutoConfiguration(afterName = "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration")
public class MongoSupportConfiguration {

    @Bean
    MongoClientDefaults durableFastFailingMongoClient(MongoConnectionDetails connection) {
        return new MongoClientDefaults(connection.getConnectionString());
    }

    @Bean
    MongoDatabase serviceDatabase(MongoClient client, @Value("${spring.mongodb.database}") String name) {
        return client.getDatabase(name);
    }

    @Bean
    MongoPingHealthIndicator mongoPingHealthIndicator(MongoDatabase database) {
        return new MongoPingHealthIndicator(database);
    }
}
