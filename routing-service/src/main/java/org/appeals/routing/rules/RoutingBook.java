package org.appeals.routing.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;
import org.appeals.routing.directory.Directory;
import org.appeals.routing.directory.RoutingTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ResourceLoader;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The routing table in force, cached in memory. Seeded from the departments file into an empty database, reloaded
 * after every change here and, for changes made by other instances, whenever the stored version moves on.
 */
@Component
public class RoutingBook {

    private static final Logger log = LoggerFactory.getLogger(RoutingBook.class);

    private final MongoRoutingStore store;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();

    RoutingBook(MongoRoutingStore store, RulesProperties properties, ResourceLoader resources) {
        this.store = store;
        store.seedIfEmpty(seed(resources, properties.directory()).all());
        reload();
    }

    /** The directory and overrides in force now. */
    public RoutingTable table() {
        return current.get().table();
    }

    Snapshot snapshot() {
        return current.get();
    }

    /** Reads the stored directory and overrides; a stored directory with holes is refused and the old one kept. */
    void reload() {
        long version = store.version();
        current.set(new Snapshot(version, new RoutingTable(new Directory(store.departments()), store.overrides())));
    }

    @Scheduled(fixedDelayString = "${appeals.routing.rules.reload-interval:5s}")
    void reloadIfChanged() {
        try {
            if (store.version() != current.get().version()) {
                reload();
                log.info("routing table reloaded at version {}", current.get().version());
            }
        } catch (RuntimeException e) {
            log.warn("routing table not reloaded, keeping version {}: {}", current.get().version(), e.getMessage());
        }
    }

    private static Directory seed(ResourceLoader resources, String location) {
        try (InputStream in = resources.getResource(location).getInputStream()) {
            return Directory.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table and the stored version it was read at. */
    record Snapshot(long version, RoutingTable table) {
    }
}
