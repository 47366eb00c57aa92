package org.appeals.support.testing;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Another instance of the service, played by writing its locks into {@code scheduler_locks} as ShedLock on that
 * instance would. As a JUnit extension of a Spring test ({@code @RegisterExtension final OtherInstance other = new
 * OtherInstance();}) it finds the service's database in the test's context and {@link #leave}s after every test, so
 * that the shared service works alone again.
 */
public final class OtherInstance implements BeforeEachCallback, AfterEachCallback {

    private static final String NAME = "other-instance";

    private MongoCollection<Document> locks;

    /** For a Spring test: the database comes from the test's application context. */
    public OtherInstance() {
    }

    public OtherInstance(MongoDatabase database) {
        this.locks = database.getCollection("scheduler_locks");
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (locks == null) {
            locks = SpringExtension.getApplicationContext(context).getBean(MongoDatabase.class)
                    .getCollection("scheduler_locks");
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        leave();
    }

    /**
     * Takes a job's lock the way ShedLock does: only once nobody holds it. Writing over a run of this instance in
     * flight would be undone by that run's unlock, which matches the lock by name only.
     */
    public void takeOnceFree(String lock) {
        // while this instance holds it, the upsert meets the existing document and fails on its key: try again
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
            locks.updateOne(and(eq("_id", lock), lte("lockUntil", new Date())), new Document("$set", held()),
                    new UpdateOptions().upsert(true));
            return NAME.equals(locks.find(eq("_id", lock)).first().getString("lockedBy"));
        });
    }

    /** Takes a standing lease over at once, as if this instance had stalled past the lease's term. */
    public void takeOver(String lock) {
        locks.replaceOne(eq("_id", lock), held(), new ReplaceOptions().upsert(true));
    }

    /** Lets the lock go as ShedLock does at the end of a run: it stays, ending now. */
    public void release(String lock) {
        locks.updateOne(and(eq("_id", lock), eq("lockedBy", NAME)), Updates.set("lockUntil", new Date()));
    }

    /** The other instance stops: its locks go. */
    public void leave() {
        locks.deleteMany(eq("lockedBy", NAME));
    }

    private static Document held() {
        return new Document("lockUntil", Date.from(Instant.now().plus(Duration.ofDays(1))))
                .append("lockedAt", new Date()).append("lockedBy", NAME);
    }
}
