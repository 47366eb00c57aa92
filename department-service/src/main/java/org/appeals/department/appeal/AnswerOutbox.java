package org.appeals.department.appeal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.elemMatch;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Updates.set;
import static org.appeals.department.appeal.AppealDocuments.ANSWERS;
import static org.appeals.department.appeal.AppealDocuments.ID;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;

/** The outbox flags of answers, which live inside their appeal so that answer and state change are one write. */
final class AnswerOutbox {

    private final MongoCollection<Document> appeals;

    AnswerOutbox(MongoCollection<Document> appeals) {
        this.appeals = appeals;
        appeals.createIndex(Indexes.ascending(ANSWERS + ".published"));
    }

    void markPublished(UUID appealId, UUID answerId) {
        appeals.updateOne(and(eq(ID, appealId.toString()), eq(ANSWERS + ".answerId", answerId.toString())),
                set(ANSWERS + ".$.published", true));
    }

    List<PendingAnswer> unpublishedBefore(Instant cutoff, int limit) {
        Bson pending = and(eq("published", false), lt("answeredAt", BsonValues.date(cutoff)));
        List<PendingAnswer> found = new ArrayList<>();
        for (Document d : appeals.find(elemMatch(ANSWERS, pending)).limit(limit)) {
            DepartmentAppeal appeal = AppealDocuments.toAppeal(d);
            appeal.answers().stream().filter(a -> !a.published() && a.answeredAt().isBefore(cutoff))
                    .forEach(a -> found.add(new PendingAnswer(appeal.appealId(), a)));
        }
        return found;
    }
}
