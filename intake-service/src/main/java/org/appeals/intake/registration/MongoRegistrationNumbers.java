package org.appeals.intake.registration;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import org.appeals.support.mongo.DuplicateKeys;
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

    private final MongoCollection<Document> counters;
    private final String regionCode;

    MongoRegistrationNumbers(MongoDatabase database, RegistrationProperties properties) {
        this.counters = database.getCollection(COLLECTION);
        this.regionCode = properties.regionCode();
    }

    @Override
    public String next(Instant registeredAt) {
        int year = registeredAt.atZone(RegistrationNumbers.REGION_TIME).getYear();
        return RegistrationNumbers.format(regionCode, year, raise(String.valueOf(year)));
    }

    private long raise(String year) {
        try {
            return raiseOnce(year);
        } catch (MongoException e) {
            if (!DuplicateKeys.isDuplicateKey(e)) {
                throw e;
            }
            // another registration created this year's counter at the same moment: it exists now
            return raiseOnce(year);
        }
    }

    /**
     * The counter as it was before this raise, plus one: the in-memory MongoDB-wire server of the tests answers
     * "after" with the stored document itself, which a raise right behind this one changes before the reply
     * is written (two registrations got one number in {@code RegistrationNumbersIT}); "before" is a value of its own.
     */
    private long raiseOnce(String year) {
        Document before = counters.findOneAndUpdate(eq("_id", year), Updates.inc("last", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
        return before == null ? 1 : before.getLong("last") + 1;
    }
}
