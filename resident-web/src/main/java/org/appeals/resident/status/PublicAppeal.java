package org.appeals.resident.status;

import java.util.ArrayList;
import java.util.List;
import org.appeals.resident.layout.Dates;
import tools.jackson.databind.JsonNode;

/**
 * The public view of an appeal (intake's {@code GET /api/v1/public/appeals/{number}}) as the status and feedback
 * pages show it: dates in Russian words (Volgograd time), the answers that were approved, the feedback that is open.
 */
public record PublicAppeal(String number, String status, String statusText, boolean closed, String categoryName,
                           String municipality, String departmentName, String receivedAt, String dueAt,
                           String promisedBy, List<Step> timeline, List<Answer> answers, Feedback feedback) {

    /** One public step of the timeline. */
    public record Step(String at, String text) {
    }

    /** An approved answer; {@code kind} INTERIM or FINAL. */
    public record Answer(String answerId, String kind, String kindText, String text, String answeredAt,
                         String departmentName, String promisedBy) {

        public boolean isFinal() {
            return "FINAL".equals(kind);
        }
    }

    /** The feedback on the final answer: open until {@code until}, or given. */
    public record Feedback(String answerId, boolean open, String until, Integer rating, Boolean solved,
                           String comment, String givenAt) {

        public boolean given() {
            return rating != null;
        }
    }

    public static PublicAppeal of(JsonNode json) {
        return new PublicAppeal(text(json, "number"), text(json, "status"), text(json, "statusText"),
                json.path("closed").asBoolean(false), text(json, "categoryName"), text(json, "municipality"),
                text(json, "departmentName"), Dates.of(json.path("receivedAt")), Dates.of(json.path("dueAt")),
                Dates.of(json.path("promisedBy")), steps(json.path("timeline")), answers(json.path("answers")),
                feedback(json.path("feedback")));
    }

    /** The answer feedback is asked about, else the last final one. */
    public Answer finalAnswer() {
        if (feedback != null && feedback.answerId() != null) {
            for (Answer answer : answers) {
                if (feedback.answerId().equals(answer.answerId())) {
                    return answer;
                }
            }
        }
        Answer last = null;
        for (Answer answer : answers) {
            if (answer.isFinal()) {
                last = answer;
            }
        }
        return last;
    }

    public boolean feedbackOpen() {
        return feedback != null && feedback.open() && !feedback.given();
    }

    private static List<Step> steps(JsonNode timeline) {
        List<Step> steps = new ArrayList<>();
        timeline.forEach(step -> steps.add(new Step(Dates.of(step.path("at")), text(step, "text"))));
        return steps;
    }

    private static List<Answer> answers(JsonNode answers) {
        List<Answer> list = new ArrayList<>();
        answers.forEach(answer -> list.add(new Answer(text(answer, "answerId"), text(answer, "kind"),
                "FINAL".equals(text(answer, "kind")) ? "Ответ" : "Промежуточный ответ", text(answer, "text"),
                Dates.of(answer.path("answeredAt")), text(answer, "departmentName"),
                Dates.of(answer.path("promisedBy")))));
        return list;
    }

    private static Feedback feedback(JsonNode feedback) {
        if (!feedback.isObject()) {
            return null;
        }
        JsonNode given = feedback.path("given");
        boolean isGiven = given.isObject();
        return new Feedback(text(feedback, "answerId"), feedback.path("open").asBoolean(false),
                Dates.of(feedback.path("until")),
                isGiven && given.path("rating").isNumber() ? given.path("rating").asInt() : null,
                isGiven && given.path("solved").isBoolean() ? given.path("solved").asBoolean() : null,
                isGiven ? text(given, "comment") : null, isGiven ? Dates.of(given.path("at")) : null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.asString() : null;
    }
}
