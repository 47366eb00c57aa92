package org.appeals.telegram.chat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** {@code chat_appeals} (one per appeal, by chat) and {@code bot_messages} ({@code <chatId>:<messageId>} → appeal). */
@Component
class MongoChatAppeals implements ChatAppeals {

    private final MongoCollection<Document> appeals;
    private final MongoCollection<Document> botMessages;

    MongoChatAppeals(MongoDatabase database) {
        this.appeals = database.getCollection("chat_appeals");
        this.botMessages = database.getCollection("bot_messages");
        appeals.createIndex(Indexes.compoundIndex(Indexes.ascending("chatId"), Indexes.descending("registeredAt")));
    }

    @Override
    public void registered(ChatAppeal appeal) {
        appeals.replaceOne(Filters.eq("_id", appeal.appealId()), new Document("_id", appeal.appealId())
                .append("chatId", appeal.chatId()).append("number", appeal.number())
                .append("accessCode", appeal.accessCode()).append("registeredAt", Date.from(appeal.registeredAt())),
                new ReplaceOptions().upsert(true));
    }

    @Override
    public List<ChatAppeal> latest(long chatId, int limit) {
        List<ChatAppeal> found = new ArrayList<>();
        for (Document doc : appeals.find(Filters.eq("chatId", chatId)).sort(Sorts.descending("registeredAt"))
                .limit(limit)) {
            found.add(new ChatAppeal(doc.getString("_id"), doc.getLong("chatId"), doc.getString("number"),
                    doc.getString("accessCode"), doc.getDate("registeredAt").toInstant()));
        }
        return found;
    }

    @Override
    public void botMessage(long chatId, long messageId, String appealId) {
        String key = chatId + ":" + messageId;
        botMessages.replaceOne(Filters.eq("_id", key), new Document("_id", key).append("appealId", appealId),
                new ReplaceOptions().upsert(true));
    }

    @Override
    public Optional<String> appealOfBotMessage(long chatId, long messageId) {
        Document doc = botMessages.find(Filters.eq("_id", chatId + ":" + messageId)).first();
        return Optional.ofNullable(doc).map(d -> d.getString("appealId"));
    }
}
