package org.appeals.department.answer;

import java.util.Locale;
import org.appeals.contracts.AnswerKind;
import org.appeals.support.web.ApiException;

/** Body of {@code POST …/answers}; read as plain strings so that every mistake gets its own clear 400. */
record AnswerRequest(String kind, String text) {

    /** INTERIM or FINAL; a redirect has its own endpoint. */
    AnswerKind validKind() {
        if (kind == null || kind.isBlank()) {
            throw ApiException.badRequest("kind is required: INTERIM or FINAL.");
        }
        return switch (kind.trim().toUpperCase(Locale.ROOT)) {
            case "INTERIM" -> AnswerKind.INTERIM;
            case "FINAL" -> AnswerKind.FINAL;
            default -> throw ApiException.badRequest("kind must be INTERIM or FINAL (a redirect goes to …/redirect).");
        };
    }
}
