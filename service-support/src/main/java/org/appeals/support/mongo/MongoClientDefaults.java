package org.appeals.support.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.core.Ordered;

/**
 * Durability and timeouts of every service's MongoDB client, each applied only where the connection string does not
 * set it ({@code ?w=1&serverSelectionTimeoutMS=…} still wins). Runs after Boot's customizer, which applies the
 * connection string.
 * <ul>
 * <li>Writes: {@code w=majority, j=true}: a write is acknowledged (and so a 202 answered or an offset committed on
 * top of it) only once a majority of the replica set has it in its journal, so neither a crash nor a fail-over can
 * take it back. {@code wtimeout} bounds the wait for that majority; past it the write fails as an outage (503).</li>
 * <li>Reads: {@code majority}: every read, including those that decide (is this event already applied? which
 * version is stored?), sees only what a fail-over cannot roll back.</li>
 * <li>Timeouts: an unreachable store is refused within {@link #SERVER_SELECTION} (so a request gets its 503 in under
 * 2 s), a store that accepted a call and went silent within {@link #SOCKET}; no call waits 30 s or forever.</li>
 * </ul>
 */
final class MongoClientDefaults implements MongoClientSettingsBuilderCustomizer, Ordered {

    /** Below 2 s, so a request to a service whose store is away is refused within 2 s. */
    static final Duration SERVER_SELECTION = Duration.ofMillis(1500);
    /**
     * A TCP connect to a reachable store takes milliseconds; the monitor's heartbeat also reads with this timeout, and
     * a busy embedded store must not be declared dead for a slow {@code hello}. Requests are bounded by
     * {@link #SERVER_SELECTION} whatever this is.
     */
    static final Duration CONNECT = Duration.ofSeconds(2);
    /** Longer than the majority wait, so a slow majority is reported as such rather than as a dead socket. */
    static final Duration SOCKET = Duration.ofSeconds(5);
    /** How long a write waits for a majority of the replica set to journal it. */
    static final Duration MAJORITY_WAIT = Duration.ofSeconds(3);
    /** A request waiting for a pooled connection is refused like one to an unreachable store. */
    static final Duration POOL_WAIT = SERVER_SELECTION;

    static final WriteConcern WRITE_CONCERN = WriteConcern.MAJORITY.withJournal(true)
            .withWTimeout(MAJORITY_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    static final ReadConcern READ_CONCERN = ReadConcern.MAJORITY;

    private final ConnectionString connection;

    MongoClientDefaults(ConnectionString connection) {
        this.connection = connection;
    }

    @Override
    public void customize(MongoClientSettings.Builder settings) {
        if (connection.getWriteConcern() == null) {
            settings.writeConcern(WRITE_CONCERN);
        }
        if (connection.getReadConcern() == null) {
            settings.readConcern(READ_CONCERN);
        }
        if (connection.getServerSelectionTimeout() == null) {
            settings.applyToClusterSettings(cluster ->
                    cluster.serverSelectionTimeout(SERVER_SELECTION.toMillis(), TimeUnit.MILLISECONDS));
        }
        if (connection.getConnectTimeout() == null) {
            settings.applyToSocketSettings(socket -> socket.connectTimeout(CONNECT.toMillis(), TimeUnit.MILLISECONDS));
        }
        if (connection.getSocketTimeout() == null) {
            settings.applyToSocketSettings(socket -> socket.readTimeout(SOCKET.toMillis(), TimeUnit.MILLISECONDS));
        }
        if (connection.getMaxWaitTime() == null) {
            settings.applyToConnectionPoolSettings(pool -> pool.maxWaitTime(POOL_WAIT.toMillis(), TimeUnit.MILLISECONDS));
        }
    }

    /** After Boot's {@code StandardMongoClientSettingsBuilderCustomizer} (order 0), which applies the URI. */
    @Override
    public int getOrder() {
        return 10;
    }
}
