package org.appeals.resident.form;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.util.Date;
import org.bson.Document;

/** {@code consents}: {@code _id} = the submission's token (the appeal's externalId in the WEB channel). */
class MongoConsents implements Consents {

    static final String COLLECTION = "consents";

    private final MongoCollection<Document> consents;
    private final Clock clock;

    MongoConsents(MongoDatabase database, Clock clock) {
        this.consents = database.getCollection(COLLECTION);
        this.clock = clock;
    }

    @Override
    public void given(String submissionId, String textVersion) {
        consents.updateOne(Filters.eq("_id", submissionId), Updates.combine(
                Updates.setOnInsert("textVersion", textVersion),
                Updates.setOnInsert("consentedAt", Date.from(clock.instant())),
                Updates.setOnInsert("channel", AppealBody.CHANNEL)), new UpdateOptions().upsert(true));
    }

    @Override
    public void registered(String submissionId, String registrationNumber) {
        if (registrationNumber != null) {
            consents.updateOne(Filters.eq("_id", submissionId), Updates.set("registrationNumber", registrationNumber));
        }
    }
}
