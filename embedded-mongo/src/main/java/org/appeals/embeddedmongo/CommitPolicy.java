package org.appeals.embeddedmongo;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVStore;

/** When the H2 store writes what a command changed to its file, and so what a killed server can lose. */
enum CommitPolicy {

    /**
     * H2's own: a background thread commits about once a second, so SIGKILL loses the last second of writes the
     * driver was told had succeeded. Kept only for the benchmark's comparison.
     */
    BACKGROUND,

    /**
     * After every command that changed something, before its reply leaves: a write acknowledged to the driver is in
     * the file (the operating system's page cache), so it survives SIGKILL of the server, not a power cut.
     */
    EACH_WRITE,

    /** As {@link #EACH_WRITE}, then fsync: also survives a power cut or a crash of the machine, one disk flush a write. */
    EACH_WRITE_SYNCED;

    /**
     * Whether the command asked not to wait for the journal ({@code writeConcern: {j: false}}), as MongoDB allows: its
     * change is committed with the next write that waits, or by H2 within a second, and SIGKILL may lose it meanwhile.
     * The services ask so only for writes a loss of which is harmless (the outbox's "published" marks: a lost one
     * means the relay publishes the event again under its id).
     */
    static boolean waivedBy(Document command) {
        return command != null && command.get("writeConcern") instanceof Document concern
                && Boolean.FALSE.equals(concern.get("j"));
    }

    /** Called once a command is handled (or failed half-way), before the reply is sent. */
    void afterCommand(MVStore store) {
        // reads change nothing and skip the store's lock; an insertMany that failed half-way keeps what it wrote
        if (this == BACKGROUND || !store.hasUnsavedChanges()) {
            return;
        }
        store.commit();
        if (this == EACH_WRITE_SYNCED) {
            store.sync();
        }
    }
}
