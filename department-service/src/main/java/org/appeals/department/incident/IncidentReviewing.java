package org.appeals.department.incident;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.appeals.contracts.WorkflowState;
import org.appeals.department.appeal.Answer;
import org.appeals.department.appeal.Appeals;
import org.appeals.department.appeal.DepartmentAppeal;
import org.appeals.department.appeal.IncidentMark;
import org.appeals.department.appeal.Review;
import org.appeals.department.review.Reviewing;
import org.appeals.support.web.ApiException;
import org.springframework.stereotype.Service;

/**
 * The operators' one decision on an incident's answer. It covers the incident's latest answer that still waits for
 * review and is taken on every member appeal that answer was given to, by {@link Reviewing} one appeal at a time,
 * each with the same operator, moment and comment. A member decided on its own meanwhile, or no longer in review, is
 * reported, not failed; an appeal split out of the incident is no longer its member and is left alone.
 */
@Service
class IncidentReviewing {

    private final Appeals appeals;
    private final Reviewing reviewing;

    IncidentReviewing(Appeals appeals, Reviewing reviewing) {
        this.appeals = appeals;
        this.reviewing = reviewing;
    }

    /**
     * {@code requestId} (null: none) names the client's request; each member gets its own id derived from it, so a
     * retry of a request whose response was lost decides no member twice and reports the members it decided.
     */
    IncidentReviewDecided decide(IncidentView incident, Reviewing.Decision decision, UUID requestId) {
        List<DepartmentAppeal> members = incident.appealIds().stream().map(appeals::find)
                .flatMap(Optional::stream).toList();
        IncidentMark mark = latestInReview(incident.incidentId(), members, requestId)
                .orElseThrow(() -> ApiException.conflict("No answer of this incident waits for review."));
        List<MemberDecision> outcomes = new ArrayList<>();
        for (DepartmentAppeal member : members) {
            member.answers().stream().filter(a -> mark.equals(a.incident())).findFirst()
                    .ifPresent(answer -> outcomes.add(decide(member, answer, decision, requestId)));
        }
        return new IncidentReviewDecided(incident.incidentId(), mark.incidentAnswerId(), decision.outcome(),
                outcomes);
    }

    private MemberDecision decide(DepartmentAppeal member, Answer answer, Reviewing.Decision decision,
                                  UUID requestId) {
        UUID appealId = member.appealId();
        try {
            DepartmentAppeal decided = reviewing.decide(appealId, answer.answerId(), decision,
                    IncidentAnswering.memberRequest(requestId, appealId));
            return new MemberDecision(appealId, true, decided.state(), answer.answerId(), null);
        } catch (ApiException e) {
            return new MemberDecision(appealId, false, member.state(), answer.answerId(), e.getMessage());
        }
    }

    /**
     * The latest incident answer with a review still to take; with a retried request, also one this request has
     * decided already on some member, so that the retry reports the same decision instead of a 409.
     */
    private static Optional<IncidentMark> latestInReview(UUID incidentId, List<DepartmentAppeal> members,
                                                         UUID requestId) {
        return members.stream().flatMap(member -> member.answers().stream()
                        .filter(a -> a.givenThrough(incidentId) && a.review() != null)
                        .filter(a -> a.awaitsReview() || decidedBy(member, requestId)))
                .max(Comparator.comparing(Answer::answeredAt)).map(Answer::incident);
    }

    private static boolean decidedBy(DepartmentAppeal member, UUID requestId) {
        return requestId != null && member.hasApplied(IncidentAnswering.memberRequest(requestId, member.appealId()));
    }

    /**
     * What one decision did.
     *
     * @param incidentAnswerId the incident answer it covered
     * @param appeals every member that answer was given to: decided now, or why not
     */
    record IncidentReviewDecided(UUID incidentId, UUID incidentAnswerId, Review.Status outcome,
                                 List<MemberDecision> appeals) {
    }

    /** One member: decided (with its state after the decision), or not (with its state as read, and why). */
    record MemberDecision(UUID appealId, boolean decided, WorkflowState state, UUID answerId, String problem) {
    }
}
