package org.appeals.gateway.keys;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * UP when the key store's database answers {@code ping} (a command real MongoDB and the local MongoDB-wire server
 * both know; Boot's own check sends {@code hello}, which the latter does not).
 */
class MongoKeyStoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoClient client;
    private final String database;

    MongoKeyStoreHealthIndicator(MongoClient client, String database) {
        super("Key store ping failed");
        this.client = client;
        this.database = database;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        client.getDatabase(database).runCommand(new Document("ping", 1));
        builder.up();
    }
}
