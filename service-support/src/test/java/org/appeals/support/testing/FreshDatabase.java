package org.appeals.support.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For tests that play several instances of a service on one store without a Spring context: a MongoDB-wire server
 * for the test class and an empty database on it for each test, reached by a fresh client over TCP. Register it as
 * {@code @RegisterExtension static final FreshDatabase mongo = new FreshDatabase("name");}.
 */
public final class FreshDatabase implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private final String prefix;
    private MongoWireServer server;
    private MongoClient client;
    private MongoDatabase database;

    public FreshDatabase(String prefix) {
        this.prefix = prefix;
    }

    /** This test's database. */
    public MongoDatabase database() {
        return database;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = MongoWireServer.start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        client = MongoClients.create(server.uri());
        database = client.getDatabase(prefix + "-" + UUID.randomUUID());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        client.close();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
    }
}
