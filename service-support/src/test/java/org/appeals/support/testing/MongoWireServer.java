package org.appeals.support.testing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;

/**
 * A MongoDB-wire server on a free loopback port for integration tests: the service talks the real protocol over
 * TCP to it. Start one per test class and hand {@link #uri()} to {@code spring.mongodb.uri}.
 */
public final class MongoWireServer implements AutoCloseable {

    private final MongoServer server;
    private final InetSocketAddress address;

    private MongoWireServer(MongoServer server, InetSocketAddress address) {
        this.server = server;
        this.address = address;
    }

    public static MongoWireServer start() {
        return startOn(0);
    }

    /** A fresh (empty) server on {@code port}, e.g. the port of one a test stopped: the store is back. */
    public static MongoWireServer startOn(int port) {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", port);
        return new MongoWireServer(server, server.getLocalAddress());
    }

    public int port() {
        return address.getPort();
    }

    public String uri() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
