package org.appeals.email;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static org.awaitility.Awaitility.await;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import jakarta.mail.Flags;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.appeals.contracts.AppealSubmission;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Topics;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two instances, one mailbox: while another instance holds the poll's lock, this one takes no mail. */
class MailboxLockIT extends EmailITBase {

    private static final String POLL_LOCK = "email.mailbox-poll";
    private static final int DUPLICATE_KEY = 11000;

    @Autowired
    MongoDatabase database;

    @AfterEach
    void releaseTheOtherInstancesLock() {
        locks().updateOne(eq("_id", POLL_LOCK), set("lockUntil", new Date()));
    }

    @Test
    void aNewMailWaitsWhileAnotherInstancePollsAndIsTakenHereOnceItLetsGo() throws Exception {
        holdPollLockInAnotherInstance();
        TestMails.Mail letter = TestMails.plain(mail.getSmtp().getPort(), "irina@example.org", "Ирина",
                "Не горит фонарь", "У дома 3 по улице Садовой не горит фонарь.", new Date());
        String key = AppealSubmission.key(Channel.EMAIL, letter.id());
        try (var submitted = reader(Topics.APPEALS_SUBMITTED)) {
            TestMails.send(letter);

            // polls run every 200 ms here: without the lock the mail would have been taken within the first
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() ->
                    stored(letter.id()).map(m -> !m.isSet(Flags.Flag.SEEN)).orElse(false)
                            && values(submitted, key).isEmpty());

            releaseTheOtherInstancesLock();
            eventually().until(() -> values(submitted, key).size() == 1);
            eventually().until(() -> stored(letter.id()).map(m -> m.isSet(Flags.Flag.SEEN)).orElse(false));
        }
    }

    /**
     * Takes the lock the way another instance's ShedLock would: only once it is free. Writing it over a poll of this
     * instance in flight would be undone by that poll's unlock, which matches the lock by name only.
     */
    private void holdPollLockInAnotherInstance() {
        await().atMost(Duration.ofSeconds(10)).until(this::takePollLockAsOtherInstance);
    }

    private boolean takePollLockAsOtherInstance() {
        Date now = new Date();
        try {
            locks().findOneAndUpdate(and(eq("_id", POLL_LOCK), lte("lockUntil", now)),
                    combine(set("lockUntil", Date.from(Instant.now().plus(Duration.ofDays(1)))),
                            set("lockedAt", now), set("lockedBy", "other-instance")),
                    new FindOneAndUpdateOptions().upsert(true));
            return true;
        } catch (MongoException e) {
            if (e.getCode() == DUPLICATE_KEY) {
                return false; // this instance is polling right now
            }
            throw e;
        }
    }

    private MongoCollection<Document> locks() {
        return database.getCollection("scheduler_locks");
    }
}
