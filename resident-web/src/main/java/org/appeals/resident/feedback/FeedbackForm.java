package org.appeals.resident.feedback;

import java.util.LinkedHashMap;
import java.util.Map;

/** The feedback form as posted; strings so that a missing or bad choice is reported beside its control. */
public record FeedbackForm(String code, String answerId, String rating, String solved, String comment) {

    static final int MAX_COMMENT = 2000;

    static FeedbackForm blank(String code, String answerId) {
        return new FeedbackForm(code, answerId, null, null, "");
    }

    /** Russian messages by control id; empty when the form can be sent. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (ratingNumber() == null) {
            errors.put("rating", "Выберите оценку от 1 до 5.");
        }
        if (!"yes".equals(solved) && !"no".equals(solved)) {
            errors.put("solved", "Ответьте, решена ли проблема.");
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            errors.put("comment", "Комментарий длиннее " + MAX_COMMENT + " символов: сократите его.");
        }
        return errors;
    }

    /** The rating 1–5, or null when none (or something else) was chosen. */
    Integer ratingNumber() {
        try {
            int value = Integer.parseInt(rating == null ? "" : rating.trim());
            return value >= 1 && value <= 5 ? value : null;
        } catch (NumberFormatException none) {
            return null;
        }
    }

    /** The public feedback endpoint's body. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("answerId", answerId);
        body.put("rating", ratingNumber());
        body.put("solved", "yes".equals(solved));
        body.put("comment", comment == null || comment.isBlank() ? null : comment.strip());
        return body;
    }
}
