package org.appeals.department.appeal;

import static org.appeals.department.appeal.BsonValues.date;
import static org.appeals.department.appeal.BsonValues.enumValue;
import static org.appeals.department.appeal.BsonValues.instant;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.DeadlineKind;
import org.appeals.contracts.ResponseKind;
import org.appeals.department.workflow.AppealState;
import org.bson.Document;

/** How an appeal and its parts are laid out in the {@code appeals} collection; one document per appeal id. */
final class AppealDocuments {

    static final String ID = "_id";
    static final String VERSION = "version";
    static final String STATE = "state";
    static final String ASSIGNMENT = "assignment";
    static final String CONTENT = "content";
    static final String ANSWERS = "answers";
    static final String APPLIED_EVENTS = "appliedEvents";
    static final String DEADLINES = "deadlines";
    static final String PROGRESS = "progress";
    static final String OVERDUE = "overdue";
    static final String MESSAGES = "messages";
    static final String OUTBOX = "outbox";
    /** The earliest deadline still running and not yet flagged; what the overdue sweep and the inbox sort look at. */
    static final String NEXT_DUE_AT = "nextDueAt";
    static final String OVERDUE_FLAGGED = "overdueFlagged";
    static final String DEPARTMENT_ID = "assignment.departmentId";
    static final String ASSIGNED_AT = "assignment.assignedAt";
    /** What an МЦУ operator's lists are limited by. */
    static final String MUNICIPALITY = "assignment.municipality";

    private AppealDocuments() {
    }

    static DepartmentAppeal toAppeal(Document d) {
        var applied = new LinkedHashSet<UUID>();
        d.getList(APPLIED_EVENTS, String.class, List.of()).forEach(id -> applied.add(UUID.fromString(id)));
        return new DepartmentAppeal(UUID.fromString(d.getString(ID)), ((Number) d.getOrDefault(VERSION, 0L)).longValue(),
                enumValue(AppealState.class, d, STATE), PartDocuments.toAssignment(d.get(ASSIGNMENT, Document.class)),
                PartDocuments.toContent(d.get(CONTENT, Document.class)),
                list(d, ANSWERS).stream().map(AppealDocuments::toAnswer).toList(), applied,
                PartDocuments.toDeadlines(d.get(DEADLINES, Document.class)), toProgress(d.get(PROGRESS, Document.class)),
                list(d, OVERDUE).stream().map(AppealDocuments::toOverdue).toList(),
                list(d, MESSAGES).stream().map(AppealDocuments::toMessage).toList(),
                list(d, OUTBOX).stream().map(AppealDocuments::toOutbox).toList());
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
                .append("review", review(a.review())).append("answeredBy", PartDocuments.actor(a.answeredBy()));
    }

    static Answer toAnswer(Document d) {
        String promised = d.getString("promisedBy");
        return new Answer(UUID.fromString(d.getString("answerId")), UUID.fromString(d.getString("eventId")),
                enumValue(AnswerKind.class, d, "kind"), d.getString("text"), d.getString("departmentId"),
                d.getString("departmentName"), instant(d, "answeredAt"),
                promised == null ? null : LocalDate.parse(promised), toReview(d.get("review", Document.class)),
                PartDocuments.toActor(d.get("answeredBy")));
    }

    private static Document review(Review r) {
        if (r == null) {
            return null;
        }
        List<Document> flags = r.flags().stream().map(f -> new Document("code", f.code())
                .append("message", f.message()).append("fragment", f.fragment())).toList();
        return new Document("status", r.status().name()).append("flags", flags).append("comment", r.comment())
                .append("decidedBy", PartDocuments.actor(r.decidedBy())).append("decidedAt", date(r.decidedAt()));
    }

    private static Review toReview(Document d) {
        if (d == null) {
            return null;
        }
        List<Review.Flag> flags = list(d, "flags").stream().map(f -> new Review.Flag(f.getString("code"),
                f.getString("message"), f.getString("fragment"))).toList();
        return new Review(enumValue(Review.Status.class, d, "status"), flags, d.getString("comment"),
                PartDocuments.toActor(d.get("decidedBy")), instant(d, "decidedAt"));
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

    static Document outbox(OutboxEvent e) {
        return new Document("eventId", e.eventId().toString()).append("topic", e.topic()).append("type", e.type())
                .append("json", e.json()).append("createdAt", date(e.createdAt()));
    }

    private static OutboxEvent toOutbox(Document d) {
        return new OutboxEvent(UUID.fromString(d.getString("eventId")), d.getString("topic"), d.getString("type"),
                d.getString("json"), instant(d, "createdAt"));
    }
}
