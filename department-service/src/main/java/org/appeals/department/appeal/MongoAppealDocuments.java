package org.appeals.department.appeal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static org.appeals.department.appeal.BsonValues.date;
import static org.appeals.department.appeal.MongoValues.enumValue;
import static org.appeals.department.appeal.MongoValues.instant;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.DeadlineKind;
import org.appeals.contracts.ResponseKind;
import org.appeals.contracts.WorkflowState;
import org.appeals.support.outbox.OutboxDocuments;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * How an appeal and its parts are laid out in the {@code appeals} collection; one document per appeal id. The
 * features' MongoDB adapters read and query appeals through it, so the layout is written down in one place.
 */
public final class MongoAppealDocuments {

    public static final String COLLECTION = "appeals";

    public static final String ID = "_id";
    public static final String VERSION = "version";
    public static final String STATE = "state";
    public static final String ASSIGNMENT = "assignment";
    public static final String CONTENT = "content";
    public static final String ANSWERS = "answers";
    public static final String APPLIED_EVENTS = "appliedEvents";
    public static final String DEADLINES = "deadlines";
    public static final String PROGRESS = "progress";
    public static final String OVERDUE = "overdue";
    public static final String MESSAGES = "messages";
    /** The earliest deadline still running and not yet flagged; what the overdue sweep and the inbox sort look at. */
    public static final String NEXT_DUE_AT = "nextDueAt";
    public static final String OVERDUE_FLAGGED = "overdueFlagged";
    public static final String DEPARTMENT_ID = "assignment.departmentId";
    public static final String ASSIGNED_AT = "assignment.assignedAt";
    /** What an МЦУ operator's lists are limited by. */
    public static final String MUNICIPALITY = "assignment.municipality";
    /** In an answer: the incident answer it was given through ({@link IncidentMark}), absent for most answers. */
    public static final String INCIDENT = "incident";
    /** An answer's incident answer, as a path inside the {@link #ANSWERS} array's elements. */
    public static final String ANSWER_INCIDENT_ANSWER_ID = INCIDENT + ".incidentAnswerId";

    private MongoAppealDocuments() {
    }

    public static DepartmentAppeal toAppeal(Document d) {
        var applied = new LinkedHashSet<UUID>();
        d.getList(APPLIED_EVENTS, String.class, List.of()).forEach(id -> applied.add(UUID.fromString(id)));
        return new DepartmentAppeal(UUID.fromString(d.getString(ID)),
                ((Number) d.getOrDefault(VERSION, 0L)).longValue(), enumValue(WorkflowState.class, d, STATE),
                MongoPartDocuments.toAssignment(d.get(ASSIGNMENT, Document.class)),
                MongoPartDocuments.toContent(d.get(CONTENT, Document.class)),
                list(d, ANSWERS).stream().map(MongoAppealDocuments::toAnswer).toList(), applied,
                MongoPartDocuments.toDeadlines(d.get(DEADLINES, Document.class)),
                MongoPartDocuments.toPromise(d.get(DEADLINES, Document.class)),
                toProgress(d.get(PROGRESS, Document.class)),
                list(d, OVERDUE).stream().map(MongoAppealDocuments::toOverdue).toList(),
                list(d, MESSAGES).stream().map(MongoAppealDocuments::toMessage).toList(),
                OutboxDocuments.events(d));
    }

    public static MongoCollection<Document> appeals(MongoDatabase database) {
        return database.getCollection(COLLECTION);
    }

    /** The appeals {@code filter} finds, in {@code sort} order, at most {@code limit}. */
    public static List<DepartmentAppeal> find(MongoCollection<Document> appeals, Bson filter, Bson sort, int limit) {
        return appeals.find(filter).sort(sort).limit(limit).map(MongoAppealDocuments::toAppeal)
                .into(new ArrayList<>());
    }

    /** Narrows a filter to one department and to some municipalities, where asked (null: no limit). */
    public static Bson scoped(Bson filter, String departmentId, Set<String> municipalities) {
        List<Bson> all = new ArrayList<>(List.of(filter));
        if (departmentId != null) {
            all.add(eq(DEPARTMENT_ID, departmentId));
        }
        if (municipalities != null) {
            all.add(in(MUNICIPALITY, municipalities));
        }
        return all.size() == 1 ? filter : and(all);
    }

    private static List<Document> list(Document d, String key) {
        return d.getList(key, Document.class, List.of());
    }

    static Document answer(Answer a) {
        return new Document("answerId", a.answerId().toString()).append("eventId", a.eventId().toString())
                .append("kind", a.kind().name()).append("text", a.text())
                .append("departmentId", a.departmentId()).append("departmentName", a.departmentName())
                .append("answeredAt", date(a.answeredAt()))
                .append("promisedBy", a.promisedBy() == null ? null : a.promisedBy().toString())
                .append("review", review(a.review())).append("answeredBy", MongoPartDocuments.actor(a.answeredBy()))
                .append(INCIDENT, incident(a.incident()));
    }

    static Answer toAnswer(Document d) {
        String promised = d.getString("promisedBy");
        return new Answer(UUID.fromString(d.getString("answerId")), UUID.fromString(d.getString("eventId")),
                enumValue(AnswerKind.class, d, "kind"), d.getString("text"), d.getString("departmentId"),
                d.getString("departmentName"), instant(d, "answeredAt"),
                promised == null ? null : LocalDate.parse(promised), toReview(d.get("review", Document.class)),
                MongoPartDocuments.toActor(d.get("answeredBy")), toIncident(d.get(INCIDENT, Document.class)));
    }

    private static Document incident(IncidentMark mark) {
        return mark == null ? null : new Document("incidentId", mark.incidentId().toString())
                .append("incidentAnswerId", mark.incidentAnswerId().toString());
    }

    /** Answers stored before answers kept the mark have none: they read as answers to their appeal alone. */
    private static IncidentMark toIncident(Document d) {
        return d == null ? null : new IncidentMark(UUID.fromString(d.getString("incidentId")),
                UUID.fromString(d.getString("incidentAnswerId")));
    }

    private static Document review(Review r) {
        if (r == null) {
            return null;
        }
        List<Document> flags = r.flags().stream().map(f -> new Document("code", f.code())
                .append("message", f.message()).append("fragment", f.fragment())).toList();
        return new Document("status", r.status().name()).append("flags", flags).append("comment", r.comment())
                .append("decidedBy", MongoPartDocuments.actor(r.decidedBy())).append("decidedAt", date(r.decidedAt()));
    }

    private static Review toReview(Document d) {
        if (d == null) {
            return null;
        }
        List<Review.Flag> flags = list(d, "flags").stream().map(f -> new Review.Flag(f.getString("code"),
                f.getString("message"), f.getString("fragment"))).toList();
        return new Review(enumValue(Review.Status.class, d, "status"), flags, d.getString("comment"),
                MongoPartDocuments.toActor(d.get("decidedBy")), instant(d, "decidedAt"));
    }

    static Document message(ResidentMessage m) {
        return new Document("responseId", m.responseId() == null ? null : m.responseId().toString())
                .append("kind", m.kind().name()).append("text", m.text()).append("rating", m.rating())
                .append("solved", m.solved()).append("at", date(m.at()));
    }

    private static ResidentMessage toMessage(Document d) {
        String id = d.getString("responseId");
        return new ResidentMessage(id == null ? null : UUID.fromString(id), enumValue(ResponseKind.class, d, "kind"),
                d.getString("text"), d.getInteger("rating"), d.getBoolean("solved"), instant(d, "at"));
    }

    static Document progress(DepartmentAppeal.Progress p) {
        return new Document("roundStartedAt", date(p.roundStartedAt())).append("reactedAt", date(p.reactedAt()))
                .append("answeredAt", date(p.answeredAt())).append("notifiedAt", date(p.notifiedAt()));
    }

    private static DepartmentAppeal.Progress toProgress(Document d) {
        return d == null ? DepartmentAppeal.Progress.NONE : new DepartmentAppeal.Progress(instant(d, "roundStartedAt"),
                instant(d, "reactedAt"), instant(d, "answeredAt"), instant(d, "notifiedAt"));
    }

    static Document overdue(OverdueFlag f) {
        return new Document("deadline", f.deadline().name()).append("dueAt", date(f.dueAt()))
                .append("flaggedAt", date(f.flaggedAt()));
    }

    private static OverdueFlag toOverdue(Document d) {
        return new OverdueFlag(enumValue(DeadlineKind.class, d, "deadline"), instant(d, "dueAt"),
                instant(d, "flaggedAt"));
    }
}
