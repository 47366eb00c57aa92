package org.appeals.notification.delivery;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.push;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.appeals.contracts.Channel;
import org.appeals.support.mongo.DuplicateKeys;
import org.appeals.support.outbox.OutboxDocuments;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/** Deliveries in MongoDB, keyed by delivery id, so that inserting one twice is refused by the database itself. */
@Component
class MongoDeliveries implements Deliveries {

    private static final FindOneAndUpdateOptions AFTER = new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);
    /** The client requests that re-sent a delivery (see {@link #resend(UUID, Resend, UUID)}). */
    private static final String RESENT_BY_REQUEST = "resentBy.requestId";
    private static final List<String> RESENDABLE = List.of(DeliveryState.PARKED.name(), DeliveryState.FAILED.name());

    private final MongoCollection<Document> collection;

    MongoDeliveries(MongoDeliveryCollection collection) {
        this.collection = collection.get();
    }

    @Override
    public boolean create(Delivery delivery) {
        try {
            collection.insertOne(MongoDeliveryDocuments.toDocument(delivery, delivery.createdAt()));
            return true;
        } catch (RuntimeException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<Delivery> find(UUID deliveryId) {
        return Optional.ofNullable(collection.find(eq("_id", deliveryId.toString())).first())
                .map(MongoDeliveryDocuments::fromDocument);
    }

    @Override
    public List<Delivery> forAppeal(UUID appealId) {
        return collection.find(eq("appealId", appealId.toString())).sort(Sorts.ascending("sequence"))
                .map(MongoDeliveryDocuments::fromDocument).into(new ArrayList<>());
    }

    @Override
    public boolean hasEarlierUnfinished(Delivery delivery) {
        // one matching document answers: a find stops there, where countDocuments (an aggregation) counts them all
        return collection.find(and(eq("appealId", delivery.appealId().toString()),
                        lt("sequence", delivery.sequence()),
                        in("state", DeliveryState.AWAITING_ADDRESS.name(), DeliveryState.PENDING.name())))
                .projection(new Document("_id", 1)).limit(1).first() != null;
    }

    @Override
    public void wakeAwaitingAddress(UUID appealId, Instant now) {
        collection.updateMany(and(eq("appealId", appealId.toString()),
                        eq("state", DeliveryState.AWAITING_ADDRESS.name()), eq("claim", null)),
                set("dueAt", Date.from(now)));
    }

    @Override
    public List<Delivery> parked(Channel channel, int limit) {
        return collection.find(parkedOf(channel)).sort(Sorts.ascending("finishedAt")).limit(limit)
                .map(MongoDeliveryDocuments::fromDocument).into(new ArrayList<>());
    }

    @Override
    public long countParked(Channel channel) {
        return collection.countDocuments(parkedOf(channel));
    }

    @Override
    public Optional<Delivery> resend(UUID deliveryId, Resend resend) {
        return resend(deliveryId, resend, null);
    }

    @Override
    public Optional<Delivery> resend(UUID deliveryId, Resend resend, UUID requestId) {
        // no claim, and the parked outcome is out of the outbox: the re-send's own outcome can only follow it on
        // appeals.notified, never overtake it
        Bson parked = and(eq("_id", deliveryId.toString()), in("state", RESENDABLE), eq("claim", null),
                exists(OutboxDocuments.FIELD + ".0", false));
        if (requestId != null) {
            parked = and(parked, ne(RESENT_BY_REQUEST, requestId.toString()));
        }
        Document who = MongoDeliveryDocuments.toDocument(resend);
        if (requestId != null) {
            who.append("requestId", requestId.toString());
        }
        Bson again = combine(set("state", DeliveryState.PENDING.name()), set("attempts", List.of()),
                set("dueAt", Date.from(resend.at())), inc("resends", 1),
                push("resentBy", who), unset("finishedAt"), unset("detail"), unset("receipt"));
        return Optional.ofNullable(collection.findOneAndUpdate(parked, again, AFTER)).map(MongoDeliveryDocuments::fromDocument);
    }

    @Override
    public Optional<Delivery> resentBy(UUID deliveryId, UUID requestId) {
        return Optional.ofNullable(collection.find(and(eq("_id", deliveryId.toString()),
                eq(RESENT_BY_REQUEST, requestId.toString()))).first()).map(MongoDeliveryDocuments::fromDocument);
    }

    @Override
    public Optional<Delivery> recordReceipt(UUID deliveryId, Receipt receipt) {
        Document stored = collection.findOneAndUpdate(and(eq("_id", deliveryId.toString()), eq("receipt", null)),
                set("receipt", MongoDeliveryDocuments.toDocument(receipt)), AFTER);
        if (stored == null) {
            return Optional.empty();
        }
        if (receipt.status() == ReceiptStatus.FAILED) {
            String reason = receipt.reason() == null ? "no reason given" : receipt.reason();
            Document parked = collection.findOneAndUpdate(and(eq("_id", deliveryId.toString()),
                            eq("state", DeliveryState.DELIVERED.name())),
                    combine(set("state", DeliveryState.PARKED.name()), set("detail", "adapter could not post: " + reason)),
                    AFTER);
            stored = parked == null ? stored : parked;
        }
        return Optional.of(MongoDeliveryDocuments.fromDocument(stored));
    }

    private static Bson parkedOf(Channel channel) {
        Bson parked = in("state", RESENDABLE);
        return channel == null ? parked : and(parked, eq("channel", channel.name()));
    }
}
