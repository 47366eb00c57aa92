package org.appeals.department.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.appeals.contracts.Actor;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.Category;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Deadlines;
import org.appeals.contracts.Location;
import org.appeals.contracts.Municipality;
import org.appeals.contracts.RoutingReason;
import org.appeals.contracts.WorkflowState;
import org.appeals.department.appeal.Answer;
import org.appeals.department.appeal.Assignment;
import org.appeals.department.appeal.Content;
import org.appeals.department.appeal.DepartmentAppeal;
import org.appeals.department.appeal.IncidentMark;
import org.appeals.department.appeal.OverdueFlag;
import org.appeals.department.appeal.Promise;
import org.appeals.department.appeal.ResidentMessage;
import org.appeals.department.appeal.Review;
import org.appeals.department.workflow.NextDeadline;

/**
 * An appeal as a department's system or the centre's operators read it; text and channel are null until intake's
 * event has arrived.
 *
 * @param deadlines the department's deadlines, counted in working time
 * @param promisedBy the date the department promised the final answer by in its latest interim answer, while that
 *                   promise runs (a final answer ends it, a later interim answer replaces it); else null
 * @param promisedDueAt when that promise is due (the end of the promised day in the region's time zone, never after
 *                      the legal term): the PROMISED deadline; null when no promise runs
 * @param nextDueAt the nearest deadline still running (the promise included), or null
 * @param overdue deadlines that passed unmet in this round
 * @param residentMessages what the resident wrote back: replies to questions, feedback
 * @param incidentId the incident whose one answer is this appeal's answer in review; null when no answer waits for
 *                   review or the one waiting was given to this appeal alone
 * @param incidentAnswerId that incident answer, the same on every member appeal it was given to: the operators'
 *                         clients show one row per incident answer and decide it once
 *                         ({@code POST /api/v1/incidents/{incidentId}/review/approve | return})
 * @param incidentAppealsInReview how many appeals wait for review with that incident answer (the review queue says;
 *                                elsewhere null)
 */
public record AppealView(
        UUID appealId,
        WorkflowState state,
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
        LocalDate promisedBy,
        Instant promisedDueAt,
        Instant nextDueAt,
        List<OverdueFlag> overdue,
        RoutingReason routingReason,
        List<AnswerView> answers,
        List<ResidentMessage> residentMessages,
        UUID incidentId,
        UUID incidentAnswerId,
        Integer incidentAppealsInReview) {

    /** A taxonomy code with the name people read. */
    public record Coded(String code, String name) {
    }

    /**
     * An answer given so far, who gave it, and the operators' review (who decided) where there was one;
     * {@code incident} names the incident answer it was given through (null: given to this appeal alone).
     */
    public record AnswerView(UUID answerId, AnswerKind kind, String text, String departmentId, Instant answeredAt,
                             LocalDate promisedBy, Review review, Actor answeredBy, IncidentMark incident) {
    }

    public static AppealView of(DepartmentAppeal appeal) {
        return of(appeal, null);
    }

    /** As {@link #of(DepartmentAppeal)}, with the number of appeals in review with the same incident answer. */
    public static AppealView of(DepartmentAppeal appeal, Integer incidentAppealsInReview) {
        Assignment a = appeal.assignment();
        Optional<IncidentMark> mark = appeal.incidentAnswerInReview();
        Content c = appeal.content() == null ? new Content(null, null, null, List.of(), null) : appeal.content();
        Optional<Promise> promise = Optional.ofNullable(appeal.promise());
        return new AppealView(appeal.appealId(), appeal.state(), a.departmentId(), a.departmentName(),
                category(a.category()), municipality(a.municipality()), c.text(), c.channel(), c.location(),
                c.attachments(), c.receivedAt(), a.assignedAt(), appeal.deadlines(),
                promise.map(Promise::promisedBy).orElse(null), promise.map(Promise::dueAt).orElse(null),
                NextDeadline.of(appeal.state(), appeal.deadlines(), appeal.promise(), appeal.overdue()),
                appeal.overdue(), a.reason(),
                appeal.answers().stream().map(AppealView::view).toList(), appeal.messages(),
                mark.map(IncidentMark::incidentId).orElse(null), mark.map(IncidentMark::incidentAnswerId).orElse(null),
                mark.isPresent() ? incidentAppealsInReview : null);
    }

    private static Coded category(Category category) {
        return category == null ? null : new Coded(category.name(), category.displayName());
    }

    private static Coded municipality(Municipality municipality) {
        return municipality == null ? null : new Coded(municipality.name(), municipality.displayName());
    }

    private static AnswerView view(Answer answer) {
        return new AnswerView(answer.answerId(), answer.kind(), answer.text(), answer.departmentId(),
                answer.answeredAt(), answer.promisedBy(), answer.review(), answer.answeredBy(), answer.incident());
    }
}
