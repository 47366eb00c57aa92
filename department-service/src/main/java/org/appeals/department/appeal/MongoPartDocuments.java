package org.appeals.department.appeal;

import static org.appeals.department.appeal.BsonValues.date;
import static org.appeals.department.appeal.MongoValues.enumValue;
import static org.appeals.department.appeal.MongoValues.instant;
import static org.appeals.department.appeal.MongoValues.name;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.Actor;
import org.appeals.contracts.Category;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Deadlines;
import org.appeals.contracts.Location;
import org.appeals.contracts.Municipality;
import org.appeals.contracts.RoutingReason;
import org.bson.Document;

/** The assignment, content and deadlines (with the promise beside them) sub-documents of an appeal. */
public final class MongoPartDocuments {

    private static final String PROMISED = "promised";

    private MongoPartDocuments() {
    }

    public static Document assignment(Assignment a) {
        return new Document("departmentId", a.departmentId()).append("departmentName", a.departmentName())
                .append("category", name(a.category())).append("municipality", name(a.municipality()))
                .append("reason", reason(a.reason())).append("deadlines", deadlines(a.deadlines()))
                .append("assignedAt", date(a.assignedAt()));
    }

    static Assignment toAssignment(Document d) {
        if (d == null) {
            return null;
        }
        return new Assignment(d.getString("departmentId"), d.getString("departmentName"),
                enumValue(Category.class, d, "category"), enumValue(Municipality.class, d, "municipality"),
                toReason(d.get("reason", Document.class)), toDeadlines(d.get("deadlines", Document.class)),
                instant(d, "assignedAt"));
    }

    public static Document content(Content c) {
        Location l = c.location();
        Document location = l == null ? null
                : new Document("address", l.address()).append("lat", l.lat()).append("lon", l.lon());
        return new Document("text", c.text()).append("channel", name(c.channel())).append("location", location)
                .append("attachments", c.attachments()).append("receivedAt", date(c.receivedAt()));
    }

    static Content toContent(Document d) {
        if (d == null) {
            return null;
        }
        Document l = d.get("location", Document.class);
        Location location = l == null ? null
                : new Location(l.getString("address"), l.getDouble("lat"), l.getDouble("lon"));
        return new Content(d.getString("text"), enumValue(Channel.class, d, "channel"), location,
                d.getList("attachments", String.class, List.of()), instant(d, "receivedAt"));
    }

    private static Document reason(RoutingReason r) {
        return r == null ? null : new Document("ruleId", r.ruleId()).append("matchedTerms", r.matchedTerms())
                .append("confidence", r.confidence()).append("explanation", r.explanation());
    }

    private static RoutingReason toReason(Document d) {
        return d == null ? null : new RoutingReason(d.getString("ruleId"),
                d.getList("matchedTerms", String.class, List.of()), d.getDouble("confidence"), d.getString("explanation"));
    }

    static Document deadlines(Deadlines d) {
        return d == null ? null
                : new Document("firstReactionDue", date(d.firstReactionDue())).append("answerDue", date(d.answerDue()));
    }

    static Deadlines toDeadlines(Document d) {
        return d == null ? null : new Deadlines(instant(d, "firstReactionDue"), instant(d, "answerDue"));
    }

    /** The deadlines with the promise kept beside them, under {@code promised} (absent: none). */
    static Document deadlines(Deadlines d, Promise promise) {
        Document deadlines = deadlines(d);
        if (promise == null) {
            return deadlines;
        }
        Document promised = new Document("promisedBy", promise.promisedBy().toString())
                .append("dueAt", date(promise.dueAt())).append("answerId", promise.answerId().toString())
                .append("givenAt", date(promise.givenAt()));
        return (deadlines == null ? new Document() : deadlines).append(PROMISED, promised);
    }

    /** The promise kept in the deadlines sub-document; appeals stored before promises were held have none. */
    static Promise toPromise(Document deadlines) {
        Document p = deadlines == null ? null : deadlines.get(PROMISED, Document.class);
        return p == null ? null : new Promise(LocalDate.parse(p.getString("promisedBy")), instant(p, "dueAt"),
                UUID.fromString(p.getString("answerId")), instant(p, "givenAt"));
    }


    static Document actor(Actor actor) {
        return actor == null ? null : new Document("id", actor.id()).append("role", actor.role());
    }

    /** Reviews decided before actors were kept stored the operator's client id alone; its role is not known. */
    static Actor toActor(Object stored) {
        if (stored instanceof Document actor) {
            return new Actor(actor.getString("id"), actor.getString("role"));
        }
        return stored instanceof String id ? new Actor(id, null) : null;
    }
}
