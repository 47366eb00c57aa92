package org.appeals.department.inbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.Category;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Deadlines;
import org.appeals.contracts.Location;
import org.appeals.contracts.Municipality;
import org.appeals.contracts.RoutingReason;
import org.appeals.department.appeal.Answer;
import org.appeals.department.appeal.Assignment;
import org.appeals.department.appeal.Content;
import org.appeals.department.appeal.DepartmentAppeal;
import org.appeals.department.workflow.AppealState;

/** An appeal as a department's system reads it; text and channel are null until intake's event has arrived. */
record InboxItem(
        UUID appealId,
        AppealState state,
        String departmentId,
        String departmentName,
        Coded category,
        Coded municipality,
        String text,
        Channel channel,
        Location location,
        List<String> attachments,
        Instant receivedAt,
        Instant assignedAt,
        Deadlines deadlines,
        RoutingReason routingReason,
        List<AnswerView> answers) {

    /** A taxonomy code with the name people read. */
    record Coded(String code, String name) {
    }

    /** An answer given so far. */
    record AnswerView(UUID answerId, AnswerKind kind, String text, String departmentId, Instant answeredAt) {
    }

    static InboxItem of(DepartmentAppeal appeal) {
        Assignment a = appeal.assignment();
        Content c = appeal.content() == null ? new Content(null, null, null, List.of(), null) : appeal.content();
        return new InboxItem(appeal.appealId(), appeal.state(), a.departmentId(), a.departmentName(),
                category(a.category()), municipality(a.municipality()), c.text(), c.channel(), c.location(),
                c.attachments(), c.receivedAt(), a.assignedAt(), a.deadlines(), a.reason(),
                appeal.answers().stream().map(InboxItem::view).toList());
    }

    private static Coded category(Category category) {
        return category == null ? null : new Coded(category.name(), category.displayName());
    }

    private static Coded municipality(Municipality municipality) {
        return municipality == null ? null : new Coded(municipality.name(), municipality.displayName());
    }

    private static AnswerView view(Answer answer) {
        return new AnswerView(answer.answerId(), answer.kind(), answer.text(), answer.departmentId(),
                answer.answeredAt());
    }
}
