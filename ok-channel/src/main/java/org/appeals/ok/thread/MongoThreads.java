package org.appeals.ok.thread;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * {@code appeals} (by appeal id: chat, the resident's message, number, access code), {@code bot_messages} (by the
 * bot's mid: appeal) and {@code chats} (by chat id: the open question). Upserts, so a replay changes nothing.
 */
@Repository
class MongoThreads implements Threads {

    private final MongoCollection<Document> appeals;
    private final MongoCollection<Document> botMessages;
    private final MongoCollection<Document> chats;
    private final Clock clock;

    MongoThreads(MongoDatabase database, Clock clock) {
        this.appeals = database.getCollection("appeals");
        this.botMessages = database.getCollection("bot_messages");
        this.chats = database.getCollection("chats");
        this.clock = clock;
        appeals.createIndex(Indexes.ascending("chatId"));
    }

    @Override
    public void registered(String chatId, String mid, String appealId, String number, String accessCode) {
        appeals.updateOne(Filters.eq("_id", appealId), Updates.combine(Updates.set("chatId", chatId),
                Updates.set("mid", mid), Updates.set("number", number), Updates.set("accessCode", accessCode),
                Updates.setOnInsert("registeredAt", Date.from(clock.instant()))), new UpdateOptions().upsert(true));
    }

    @Override
    public void posted(String chatId, String appealId, String botMid, boolean question) {
        if (botMid != null) {
            botMessages.updateOne(Filters.eq("_id", botMid), Updates.combine(Updates.set("appealId", appealId),
                    Updates.set("chatId", chatId)), new UpdateOptions().upsert(true));
        }
        if (question) {
            chats.updateOne(Filters.eq("_id", chatId), Updates.combine(Updates.set("openQuestion", appealId),
                    Updates.set("askedAt", Date.from(clock.instant()))), new UpdateOptions().upsert(true));
        }
    }

    @Override
    public Optional<String> appealOfBotMessage(String mid) {
        return Optional.ofNullable(botMessages.find(Filters.eq("_id", mid)).first()).map(d -> d.getString("appealId"));
    }

    @Override
    public Optional<String> openQuestion(String chatId) {
        return Optional.ofNullable(chats.find(Filters.eq("_id", chatId)).first())
                .map(d -> d.getString("openQuestion"));
    }

    @Override
    public List<ChatAppeal> appealsOf(String chatId, int limit) {
        List<ChatAppeal> found = new ArrayList<>();
        appeals.find(Filters.eq("chatId", chatId)).sort(Sorts.descending("registeredAt")).limit(limit)
                .forEach(d -> found.add(new ChatAppeal(d.getString("_id"), d.getString("number"))));
        return found;
    }

    @Override
    public void questionAnswered(String chatId, String appealId) {
        chats.updateOne(Filters.and(Filters.eq("_id", chatId), Filters.eq("openQuestion", appealId)),
                Updates.unset("openQuestion"));
    }
}
