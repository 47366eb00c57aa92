package org.appeals.support.mongo;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * UP when the database answers {@code ping}, a command real MongoDB and mongo-java-server both know. With the
 * client's timeouts ({@link MongoClientDefaults}) an unreachable store is DOWN within the server selection timeout
 * (1.5 s), not the driver's default 30 s, and UP again at the first ping after it returns.
 */
class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoDatabase database;

    MongoPingHealthIndicator(MongoDatabase database) {
        super("MongoDB ping failed");
        this.database = database;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        database.runCommand(new Document("ping", 1));
        builder.up().withDetail("database", database.getName());
    }
}
