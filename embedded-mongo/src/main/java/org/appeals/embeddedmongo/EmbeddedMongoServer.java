package org.appeals.embeddedmongo;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB-wire server (mongo-java-server) storing everything in one H2 MVStore file, so data survives restarts;
 * queries that pin {@code _id} go through its index ({@link IdLookupCollection}), and the services' non-unique indexes
 * answer equality and range queries on their first key ({@link SecondaryIndex}, rebuilt in memory at each start).
 * Every command that changes something is committed to the file before the driver gets its reply
 * ({@link CommitPolicy#EACH_WRITE}), so a write the driver saw succeed survives SIGKILL of this process.
 * Run as its own process: {@code EmbeddedMongoServer [--file .local/mongo/appeals.mv] [--host 127.0.0.1] [--port 27017]}
 * (the local launcher starts it so), so that SIGKILL of the store can be tried without killing its user.
 */
public final class EmbeddedMongoServer {

    private final MongoServer server;
    private final H2Backend backend;

    private EmbeddedMongoServer(MongoServer server, H2Backend backend) {
        this.server = server;
        this.backend = backend;
    }

    /** Serves the store until SIGTERM or Ctrl-C, then closes the H2 store so the file is consistent. */
    public static void main(String[] args) {
        MongoOptions options = MongoOptions.parse(args);
        EmbeddedMongoServer mongo = open(options.file(), options.host(), options.port());
        Runtime.getRuntime().addShutdownHook(new Thread(mongo::close, "mongo-shutdown"));
        System.out.println("MongoDB-wire server on " + options.host() + ":" + options.port() + ", data in "
                + options.file().toAbsolutePath());
        // Netty's non-daemon event loop threads keep the JVM running after main returns.
    }

    /** Opens (or creates) the store file and listens on {@code host:port}. */
    public static EmbeddedMongoServer open(Path file, String host, int port) {
        return open(file, host, port, CommitPolicy.EACH_WRITE);
    }

    static EmbeddedMongoServer open(Path file, String host, int port, CommitPolicy commitPolicy) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        H2Backend backend = new IdLookupBackend(file.toAbsolutePath().toString(), commitPolicy);
        MongoServer server = new MongoServer(backend);
        server.bind(host, port);
        return new EmbeddedMongoServer(server, backend);
    }

    /** Stops listening and closes the H2 store (which writes what is pending). */
    public void close() {
        server.shutdown();
        backend.close();
        System.out.println("MongoDB-wire server stopped, store closed");
    }
}
