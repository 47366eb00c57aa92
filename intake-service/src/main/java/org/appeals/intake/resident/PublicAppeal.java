package org.appeals.intake.resident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.intake.appeal.AppealStatus;

/**
 * An appeal as its public status page shows it. Placement fields are null until routing placed it; {@code dueAt} is
 * the answer deadline in force; {@code promisedBy} the date an interim answer promised the final one by, while none
 * has followed; {@code answers} the interim and the approved final answers; {@code feedback} about the latest final
 * answer, null before there is one.
 */
record PublicAppeal(
        String number,
        AppealStatus status,
        String statusText,
        String category,
        String categoryName,
        String municipality,
        String departmentName,
        Instant receivedAt,
        Instant dueAt,
        LocalDate promisedBy,
        boolean closed,
        List<Step> timeline,
        List<Answer> answers,
        Feedback feedback) {

    /** A public step of the appeal's life, in Russian. */
    record Step(Instant at, String text) {
    }

    record Answer(UUID answerId, AnswerKind kind, String text, Instant answeredAt, String departmentName,
                  LocalDate promisedBy) {
    }

    /** Whether the final answer can still be rated, until when, and the rating if it was given. */
    record Feedback(UUID answerId, boolean open, Instant until, Given given) {
    }

    record Given(Integer rating, Boolean solved, String comment, Instant at) {
    }
}
