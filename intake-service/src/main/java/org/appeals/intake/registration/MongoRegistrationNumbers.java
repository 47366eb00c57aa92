package org.appeals.intake.registration;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * {@link RegistrationNumbers} from a counter collection: one counter document per year, raised
 * by {@code $inc} in a single findOneAndUpdate, so two registrations — on one intake instance or on several — never get
 * the same number; the first registration of a year creates the counter (upsert), and of two doing so at once the
 * loser's duplicate-key error is retried against the counter the winner created.
 */
@Component
class MongoRegistrationNumbers implements RegistrationNumbers {

    private static final String COLLECTION = "registration_numbers";
    private static final int DUPLICATE_KEY = 11000;

    private final MongoCollection<Document> counters;
    private final String regionCode;

    MongoRegistrationNumbers(MongoDatabase database, RegistrationProperties properties) {
        this.counters = existing(database, COLLECTION);
        this.regionCode = properties.regionCode();
    }

    /**
     * Created before the first draw: the first upserts would otherwise create the collection concurrently, which the
     * MongoDB-wire servers of the local run and the tests do as two collections, each with its own counter.
     */
    private static MongoCollection<Document> existing(MongoDatabase database, String name) {
        if (!database.listCollectionNames().into(new ArrayList<>()).contains(name)) {
            try {
                database.createCollection(name);
            } catch (MongoCommandException e) {
                // another instance created it meanwhile
            }
        }
        return database.getCollection(name);
    }

    @Override
    public String next(Instant registeredAt) {
        int year = registeredAt.atZone(RegistrationNumbers.REGION_TIME).getYear();
        return RegistrationNumbers.format(regionCode, year, raise(String.valueOf(year)));
    }

    private long raise(String year) {
        try {
            return raiseOnce(year);
        } catch (MongoCommandException | MongoWriteException e) {
            if (!duplicateKey(e)) {
                throw e;
            }
            // another registration created this year's counter at the same moment: it exists now
            return raiseOnce(year);
        }
    }

    /**
     * The counter as it was before this raise, plus one: the MongoDB-wire servers of the local run and the tests
     * answer "after" with the stored document itself, which a raise right behind this one changes before the reply
     * is written (two registrations got one number in {@code RegistrationNumbersIT}); "before" is a value of its own.
     */
    private long raiseOnce(String year) {
        Document before = counters.findOneAndUpdate(eq("_id", year), Updates.inc("last", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
        return before == null ? 1 : before.getLong("last") + 1;
    }

    private static boolean duplicateKey(RuntimeException e) {
        return e instanceof MongoCommandException command && command.getErrorCode() == DUPLICATE_KEY
                || e instanceof MongoWriteException write && write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }
}
