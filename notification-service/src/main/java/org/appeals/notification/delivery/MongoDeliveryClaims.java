package org.appeals.notification.delivery;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.nin;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.push;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.appeals.contracts.Channel;
import org.appeals.support.outbox.Outbox;
import org.appeals.support.outbox.OutboxDocuments;
import org.appeals.support.outbox.OutboxEvent;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Claims as a lease on the delivery document: a random token and a {@code dueAt} pushed past the lease. The write
 * that ends a delivery also lets it go and appends its announcement to the document's outbox.
 */
@Component
class MongoDeliveryClaims implements DeliveryClaims {

    private static final FindOneAndUpdateOptions AFTER = new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);

    private final MongoCollection<Document> collection;
    private final Outbox outbox;

    MongoDeliveryClaims(MongoDeliveryCollection collection) {
        this.collection = collection.get();
        this.outbox = collection.outbox();
    }

    @Override
    public Optional<Delivery> claimDue(Instant now, Duration lease, Set<Channel> blocked) {
        Bson claim = combine(set("dueAt", Date.from(now.plus(lease))), set("claim", UUID.randomUUID().toString()));
        Bson due = lte("dueAt", Date.from(now));
        if (!blocked.isEmpty()) {
            // a delivery without a channel yet is never blocked: its address decides, and the sender checks again
            due = and(due, nin("channel", blocked.stream().map(Channel::name).toList()));
        }
        Document claimed = collection.findOneAndUpdate(due, claim,
                new FindOneAndUpdateOptions().sort(Sorts.ascending("dueAt")).returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(claimed).map(MongoDeliveryDocuments::fromDocument);
    }

    @Override
    public boolean awaitAddress(Delivery claimed, Instant recheckAt) {
        return update(claimed, combine(set("state", DeliveryState.AWAITING_ADDRESS.name()),
                set("dueAt", Date.from(recheckAt)), set("claim", null)));
    }

    @Override
    public boolean markOutboundPublished(Delivery claimed, Channel channel) {
        return update(claimed, combine(set("outboundPublished", true), set("channel", channel.name()),
                set("state", DeliveryState.PENDING.name())));
    }

    @Override
    public boolean retryLater(Delivery claimed, Attempt failed, Instant dueAt) {
        return update(claimed, combine(push("attempts", MongoDeliveryDocuments.toDocument(failed)),
                set("state", DeliveryState.PENDING.name()), set("dueAt", Date.from(dueAt)), set("claim", null)));
    }

    @Override
    public Optional<Delivery> finish(Delivery claimed, Attempt last, DeliveryState outcome, String detail,
                                     Instant now, List<OutboxEvent> announcements) {
        Bson ended = combine(push("attempts", MongoDeliveryDocuments.toDocument(last)), set("state", outcome.name()),
                set("detail", detail), set("finishedAt", Date.from(now)), set("claim", null), unset("dueAt"));
        Bson update = announcements.isEmpty() ? ended : combine(ended, OutboxDocuments.append(announcements));
        return Optional.ofNullable(collection.findOneAndUpdate(claimedBy(claimed), update, AFTER))
                .map(MongoDeliveryDocuments::fromDocument);
    }

    @Override
    public boolean announce(Delivery finished, List<OutboxEvent> announcements) {
        return outbox.publish(finished.id().toString(), announcements);
    }

    @Override
    public boolean skip(Delivery claimed, Instant now, String detail) {
        return update(claimed, combine(set("state", DeliveryState.SKIPPED.name()), set("finishedAt", Date.from(now)),
                set("detail", detail), set("claim", null), unset("dueAt")));
    }

    @Override
    public void release(Delivery claimed, Instant dueAt) {
        update(claimed, combine(set("dueAt", Date.from(dueAt)), set("claim", null)));
    }

    private boolean update(Delivery claimed, Bson update) {
        return collection.updateOne(claimedBy(claimed), update).getMatchedCount() == 1;
    }

    private static Bson claimedBy(Delivery claimed) {
        return and(eq("_id", claimed.id().toString()), eq("claim", claimed.claim()));
    }
}
