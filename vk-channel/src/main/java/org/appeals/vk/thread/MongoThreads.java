package org.appeals.vk.thread;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** Threads in {@code threads}, keyed by the thread's name ({@link ThreadKeys}). */
@Component
class MongoThreads implements Threads {

    private final MongoCollection<Document> collection;

    MongoThreads(MongoDatabase database) {
        this.collection = database.getCollection("threads");
    }

    @Override
    public Optional<AppealThread> find(String key) {
        Document found = collection.find(eq("_id", key)).first();
        return Optional.ofNullable(found).map(d -> new AppealThread(key, d.getString("appealId"),
                d.getString("registrationNumber"), d.getString("accessCode"), d.getBoolean("answered", false)));
    }

    @Override
    public void started(String key, String appealId, String registrationNumber, String accessCode) {
        collection.updateOne(eq("_id", key), combine(set("appealId", appealId),
                set("registrationNumber", registrationNumber), set("accessCode", accessCode),
                // an answer posted before this (the gateway answered faster than we stored) stays recorded
                setOnInsert("answered", false)), new UpdateOptions().upsert(true));
    }

    @Override
    public void answered(String key, String appealId) {
        // a thread first met in a reply (started elsewhere, e.g. a suggested post answered in messages) is kept too
        collection.updateOne(eq("_id", key), combine(set("appealId", appealId), set("answered", true)),
                new UpdateOptions().upsert(true));
    }
}
