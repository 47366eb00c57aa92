package org.appeals.department.appeal;

import static org.appeals.department.appeal.BsonValues.date;
import static org.appeals.department.appeal.BsonValues.enumValue;
import static org.appeals.department.appeal.BsonValues.instant;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.department.workflow.AppealState;
import org.bson.Document;

/** How an appeal and its answers are laid out in the {@code appeals} collection; one document per appeal id. */
final class AppealDocuments {

    static final String ID = "_id";
    static final String VERSION = "version";
    static final String STATE = "state";
    static final String ASSIGNMENT = "assignment";
    static final String CONTENT = "content";
    static final String ANSWERS = "answers";
    static final String APPLIED_EVENTS = "appliedEvents";
    static final String DEPARTMENT_ID = "assignment.departmentId";
    static final String ASSIGNED_AT = "assignment.assignedAt";

    private AppealDocuments() {
    }

    static DepartmentAppeal toAppeal(Document d) {
        var applied = new LinkedHashSet<UUID>();
        d.getList(APPLIED_EVENTS, String.class, List.of()).forEach(id -> applied.add(UUID.fromString(id)));
        List<Answer> answers = d.getList(ANSWERS, Document.class, List.of()).stream()
                .map(AppealDocuments::toAnswer).toList();
        return new DepartmentAppeal(UUID.fromString(d.getString(ID)), ((Number) d.getOrDefault(VERSION, 0L)).longValue(),
                enumValue(AppealState.class, d, STATE), PartDocuments.toAssignment(d.get(ASSIGNMENT, Document.class)),
                PartDocuments.toContent(d.get(CONTENT, Document.class)), answers, applied);
    }

    static Document answer(Answer a) {
        return new Document("answerId", a.answerId().toString()).append("eventId", a.eventId().toString())
                .append("kind", a.kind().name()).append("text", a.text())
                .append("departmentId", a.departmentId()).append("departmentName", a.departmentName())
                .append("answeredAt", date(a.answeredAt())).append("published", a.published());
    }

    static Answer toAnswer(Document d) {
        return new Answer(UUID.fromString(d.getString("answerId")), UUID.fromString(d.getString("eventId")),
                enumValue(AnswerKind.class, d, "kind"), d.getString("text"), d.getString("departmentId"),
                d.getString("departmentName"), instant(d, "answeredAt"), d.getBoolean("published", false));
    }
}
