package org.appeals.console.inbox;

import org.appeals.console.layout.DeadlineKind;
import org.appeals.console.platform.Json;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The deadlines of an appeal (department-service's {@code AppealView}) with the start of each term. The API gives
 * the due instants only; a term starts at the assignment (first reaction) or at the latest reaction the appeal shows
 * (an interim answer, the resident's reply) before it is due (final answer). An acceptance leaves no trace in the
 * response, so its answer term is coloured as if counted from the assignment.
 */
final class Terms {

    private Terms() {
    }

    static List<Term> of(JsonNode appeal) {
        String state = Json.text(appeal, "state");
        Instant assignedAt = Json.instant(appeal, "assignedAt");
        JsonNode deadlines = appeal.path("deadlines");
        List<Term> terms = new ArrayList<>();
        Instant reactionDue = Json.instant(deadlines, "firstReactionDue");
        if (reactionDue != null) {
            terms.add(new Term("first-reaction", "Первая реакция", assignedAt, reactionDue,
                    WorkflowStates.firstReactionRuns(state), flagged(appeal, DeadlineKind.FIRST_REACTION)));
        }
        Instant answerDue = Json.instant(deadlines, "answerDue");
        if (answerDue != null) {
            terms.add(new Term("answer", "Ответ по существу", answerStart(appeal, assignedAt, answerDue), answerDue,
                    WorkflowStates.answerRuns(state), flagged(appeal, DeadlineKind.ANSWER)));
        }
        // the date promised in an interim answer: held like the answer's term, counted from that interim answer
        Instant promisedDue = Json.instant(appeal, "promisedDueAt");
        if (promisedDue != null) {
            terms.add(new Term("promised", "Обещанный жителю срок", answerStart(appeal, assignedAt, promisedDue),
                    promisedDue, WorkflowStates.answerRuns(state), flagged(appeal, DeadlineKind.PROMISED)));
        }
        return terms;
    }

    /** The deadline the department must meet first: the running one due soonest (a missed one is the soonest). */
    static Optional<Term> nearest(List<Term> terms) {
        return terms.stream().filter(Term::running).min(Comparator.comparing(Term::due));
    }

    private static Instant answerStart(JsonNode appeal, Instant assignedAt, Instant due) {
        Instant start = assignedAt;
        List<Instant> reactions = new ArrayList<>();
        Json.items(appeal, "answers").stream().filter(a -> "INTERIM".equals(Json.text(a, "kind")))
                .map(a -> Json.instant(a, "answeredAt")).forEach(reactions::add);
        Json.items(appeal, "residentMessages").stream().filter(m -> "CLARIFICATION".equals(Json.text(m, "kind")))
                .map(m -> Json.instant(m, "at")).forEach(reactions::add);
        for (Instant reaction : reactions) {
            if (reaction != null && reaction.isBefore(due) && (start == null || reaction.isAfter(start))) {
                start = reaction;
            }
        }
        return start;
    }

    private static boolean flagged(JsonNode appeal, DeadlineKind kind) {
        return Json.items(appeal, "overdue").stream()
                .anyMatch(flag -> kind.name().equals(Json.text(flag, "deadline")));
    }
}
