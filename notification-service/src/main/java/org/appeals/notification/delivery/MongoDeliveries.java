package org.appeals.notification.delivery;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.appeals.support.mongo.DuplicateKeys;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** Deliveries in MongoDB, keyed by delivery id, so that inserting one twice is refused by the database itself. */
@Component
class MongoDeliveries implements Deliveries {

    private final MongoCollection<Document> collection;

    MongoDeliveries(DeliveryCollection collection) {
        this.collection = collection.get();
    }

    @Override
    public boolean create(Delivery delivery) {
        try {
            collection.insertOne(DeliveryDocuments.toDocument(delivery, delivery.createdAt()));
            return true;
        } catch (RuntimeException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public List<Delivery> forAppeal(UUID appealId) {
        return collection.find(eq("appealId", appealId.toString())).sort(Sorts.ascending("sequence"))
                .map(DeliveryDocuments::fromDocument).into(new ArrayList<>());
    }

    @Override
    public boolean hasEarlierUnfinished(Delivery delivery) {
        return collection.countDocuments(and(eq("appealId", delivery.appealId().toString()),
                lt("sequence", delivery.sequence()),
                in("state", DeliveryState.AWAITING_ADDRESS.name(), DeliveryState.PENDING.name()))) > 0;
    }

    @Override
    public void wakeAwaitingAddress(UUID appealId, Instant now) {
        collection.updateMany(and(eq("appealId", appealId.toString()),
                        eq("state", DeliveryState.AWAITING_ADDRESS.name()), eq("claim", null)),
                set("dueAt", Date.from(now)));
    }
}
