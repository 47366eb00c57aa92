package org.appeals.telegram.inbound;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** {@code drafts}: {@code _id} = chat id. */
@Component
class MongoDrafts implements Drafts {

    private final MongoCollection<Document> drafts;

    MongoDrafts(MongoDatabase database) {
        this.drafts = database.getCollection("drafts");
    }

    @Override
    public Optional<Draft> of(long chatId) {
        return Optional.ofNullable(drafts.find(Filters.eq("_id", chatId)).first()).map(MongoDrafts::draft);
    }

    @Override
    public void hold(Draft draft) {
        drafts.replaceOne(Filters.eq("_id", draft.chatId()), new Document("_id", draft.chatId())
                .append("messageId", draft.messageId()).append("fromId", draft.fromId())
                .append("fromName", draft.fromName()).append("text", draft.text())
                .append("photoFileId", draft.photoFileId()).append("latitude", draft.latitude())
                .append("longitude", draft.longitude()).append("receivedAt", Date.from(draft.receivedAt()))
                .append("heldUntil", Date.from(draft.heldUntil())), new ReplaceOptions().upsert(true));
    }

    @Override
    public List<Draft> due(Instant now) {
        List<Draft> found = new ArrayList<>();
        drafts.find(Filters.lte("heldUntil", Date.from(now))).forEach(doc -> found.add(draft(doc)));
        return found;
    }

    @Override
    public void remove(long chatId) {
        drafts.deleteOne(Filters.eq("_id", chatId));
    }

    private static Draft draft(Document doc) {
        return new Draft(doc.getLong("_id"), doc.getLong("messageId"), doc.getLong("fromId"), doc.getString("fromName"),
                doc.getString("text"), doc.getString("photoFileId"), doc.getDouble("latitude"),
                doc.getDouble("longitude"), doc.getDate("receivedAt").toInstant(), doc.getDate("heldUntil").toInstant());
    }
}
