package org.appeals.resident.form;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.appeals.support.mongo.DuplicateKeys;
import org.bson.Document;

/**
 * One document per submission ({@code _id} = its token) with the address's hash and the time, in
 * {@code submission_counts}; a TTL index drops them once the window is over. Two instances admitting the same
 * address at the same instant may let one more through than the limit: a limit against bots, not a quota.
 */
class MongoSubmissionLimits implements SubmissionLimits {

    static final String COLLECTION = "submission_counts";

    private final MongoCollection<Document> counts;
    private final LimitWindow window;
    private final Clock clock;

    MongoSubmissionLimits(MongoDatabase database, LimitProperties limits, Clock clock) {
        this.counts = database.getCollection(COLLECTION);
        this.window = new LimitWindow(limits.submissions(), limits.window());
        this.clock = clock;
        counts.createIndex(Indexes.ascending("address", "at"));
        counts.createIndex(Indexes.ascending("expireAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
    }

    @Override
    public Optional<Duration> admit(String address, String submissionId) {
        if (counts.find(Filters.eq("_id", submissionId)).first() != null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hashed = hash(address);
        List<Instant> recent = new ArrayList<>();
        counts.find(Filters.and(Filters.eq("address", hashed), Filters.gt("at", Date.from(window.windowStart(now)))))
                .sort(Sorts.ascending("at"))
                .forEach(count -> recent.add(count.getDate("at").toInstant()));
        Optional<Duration> wait = window.waitFor(recent, now);
        if (wait.isPresent()) {
            return wait;
        }
        try {
            counts.insertOne(new Document("_id", submissionId).append("address", hashed).append("at", Date.from(now))
                    .append("expireAt", Date.from(now.plus(window.window()))));
        } catch (MongoWriteException e) {
            if (!DuplicateKeys.isDuplicateKey(e)) {
                throw e;
            }
        }
        return Optional.empty();
    }

    /** Residents' addresses are not kept as such: the hash is enough to count them. */
    private static String hash(String address) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(address.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
