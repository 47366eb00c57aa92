package org.appeals.department.appeal;

import static org.appeals.department.appeal.BsonValues.date;
import static org.appeals.department.appeal.MongoValues.enumValue;
import static org.appeals.department.appeal.MongoValues.instant;
import static org.appeals.department.appeal.MongoValues.name;

import java.util.List;
import org.appeals.contracts.Actor;
import org.appeals.contracts.Category;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Deadlines;
import org.appeals.contracts.Location;
import org.appeals.contracts.Municipality;
import org.appeals.contracts.RoutingReason;
import org.bson.Document;

/** The assignment and content sub-documents of an appeal. */
public final class MongoPartDocuments {

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
