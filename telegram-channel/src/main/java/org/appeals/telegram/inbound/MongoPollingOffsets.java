package org.appeals.telegram.inbound;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** {@code polling_offset}: one document, so whichever instance polls next goes on where the last one stopped. */
@Component
class MongoPollingOffsets implements PollingOffsets {

    private static final String ID = "getUpdates";
    private final MongoCollection<Document> offsets;

    MongoPollingOffsets(MongoDatabase database) {
        this.offsets = database.getCollection("polling_offset");
    }

    @Override
    public long next() {
        Document doc = offsets.find(Filters.eq("_id", ID)).first();
        return doc == null ? 0 : doc.getLong("next");
    }

    @Override
    public void store(long next) {
        offsets.updateOne(Filters.eq("_id", ID), Updates.set("next", next), new UpdateOptions().upsert(true));
    }
}
