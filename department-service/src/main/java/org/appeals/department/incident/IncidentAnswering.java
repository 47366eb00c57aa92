package org.appeals.department.incident;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.Actor;
import org.appeals.contracts.AnswerKind;
import org.appeals.department.answer.Answering;
import org.appeals.department.answer.PromisedDateProblem;
import org.appeals.department.appeal.IncidentMark;
import org.appeals.support.web.ApiException;
import org.springframework.stereotype.Service;

/**
 * One answer for a whole incident: given to every member appeal the department still holds, each as its own answer
 * (with its own review, where review applies), so notification relays it to every resident in their own channel.
 * Every member's answer carries the same {@link IncidentMark}, so the operators review the incident's answer once
 * ({@link IncidentReviewing}). A member that cannot take the answer (already answered, say) is reported, not failed.
 */
@Service
class IncidentAnswering {

    private final Incidents incidents;
    private final Answering answering;

    IncidentAnswering(Incidents incidents, Answering answering) {
        this.incidents = incidents;
        this.answering = answering;
    }

    /**
     * {@code requestId} (null: none) names the client's request; each member appeal gets its own id derived from
     * it, so a retry of a request whose response was lost answers again only the members it did not answer. The
     * request id is also the incident answer's id, so the members a retry answers carry the same mark.
     */
    IncidentAnswered answer(String departmentId, UUID incidentId, AnswerKind kind, String text,
                            LocalDate promisedBy, Actor actor, UUID requestId) {
        IncidentView incident = incidents.find(incidentId).filter(i -> departmentId.equals(i.departmentId()))
                .orElseThrow(() -> ApiException.notFound("This department has no such incident."));
        IncidentMark mark = new IncidentMark(incidentId, requestId == null ? UUID.randomUUID() : requestId);
        List<MemberOutcome> outcomes = new ArrayList<>();
        for (UUID appealId : incident.appealIds()) {
            try {
                Answering.Outcome outcome = answering.answer(departmentId, appealId, kind, text, promisedBy, actor,
                        memberRequest(requestId, appealId), mark);
                outcomes.add(new MemberOutcome(appealId, true, outcome.state().name(),
                        outcome.answer().answerId(), null, null));
            } catch (ApiException e) {
                outcomes.add(new MemberOutcome(appealId, false, null, null, e.getMessage(),
                        e instanceof PromisedDateProblem refused ? refused.code() : null));
            }
        }
        return new IncidentAnswered(incidentId, mark.incidentAnswerId(), outcomes);
    }

    /** The id of a request's part that acts on one member appeal: the same for every retry of the request. */
    static UUID memberRequest(UUID requestId, UUID appealId) {
        return requestId == null ? null
                : UUID.nameUUIDFromBytes((requestId + ":" + appealId).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The answer's fate in every member appeal.
     *
     * @param incidentAnswerId the mark every member's answer carries; the review queue shows it
     */
    record IncidentAnswered(UUID incidentId, UUID incidentAnswerId, List<MemberOutcome> appeals) {
    }

    /**
     * What became of one member appeal: answered (with its new state and answer id), or why not; {@code problemCode}
     * names a refusal clients translate (a promised date after this member's legal term), else null.
     */
    record MemberOutcome(UUID appealId, boolean answered, String state, UUID answerId, String problem,
                         String problemCode) {
    }
}
