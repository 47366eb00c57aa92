package org.appeals.console.incidents;

import org.appeals.console.layout.WorkflowStateNames;

import org.appeals.console.platform.Json;

import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Where one member appeal of an incident stands in its department ({@code GET /api/v1/departments/{d}/appeals/{id}}):
 * its workflow state and what became of its latest final answer.
 */
record MemberState(UUID appealId, String received, String state, String answer) {

    static final String NO_ANSWER = "ответа нет";
    static final String UNKNOWN = "нет данных";

    static MemberState of(UUID appealId, String received, JsonNode appeal) {
        return new MemberState(appealId, received, WorkflowStateNames.name(Json.text(appeal, "state")), answerState(appeal));
    }

    /** A member the operator may not read or that department-service does not know (yet). */
    static MemberState unknown(UUID appealId, String received) {
        return new MemberState(appealId, received, UNKNOWN, UNKNOWN);
    }

    /** The latest final answer's review: none, given without review, waiting, approved or returned. */
    static String answerState(JsonNode appeal) {
        JsonNode latestFinal = null;
        for (JsonNode answer : appeal.path("answers")) {
            if ("FINAL".equals(Json.text(answer, "kind"))) {
                latestFinal = answer;
            }
        }
        if (latestFinal == null) {
            return NO_ANSWER;
        }
        String review = Json.text(latestFinal.path("review"), "status");
        return switch (review == null ? "" : review) {
            case "PENDING" -> "ответ на проверке";
            case "APPROVED" -> "ответ утверждён";
            case "RETURNED" -> "ответ возвращён на доработку";
            default -> "ответ дан";
        };
    }
}
